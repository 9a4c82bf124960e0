package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for the knime-core dialog component: the Swing widget of one settings model. The stand-in
 * has no widget, so loading and saving go straight to the model.
 */
public abstract class DialogComponent {

    private final SettingsModel m_model;

    /** @throws NullPointerException if the model is {@code null} */
    public DialogComponent(final SettingsModel model) {
        if (model == null) {
            throw new NullPointerException("SettingsModel can't be null.");
        }
        m_model = model;
    }

    public final SettingsModel getModel() {
        return m_model;
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        m_model.dlgLoadSettingsFrom(settings, specs);
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        m_model.dlgSaveSettingsTo(settings);
    }
}
