package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for the knime-core dialog built from {@link DialogComponent}s. Layout calls (groups,
 * horizontal placement) are accepted and ignored because the stand-in draws nothing.
 */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    private final List<DialogComponent> m_dialogComponents = new ArrayList<>();

    public DefaultNodeSettingsPane() {
        super();
    }

    public void createNewGroup(final String title) {
        // layout only
    }

    public void closeCurrentGroup() {
        // layout only
    }

    public void setHorizontalPlacement(final boolean horizontal) {
        // layout only
    }

    public void addDialogComponent(final DialogComponent diaC) {
        m_dialogComponents.add(diaC);
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (DialogComponent component : m_dialogComponents) {
            component.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent component : m_dialogComponents) {
            component.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /** Hook for settings outside the components; calls the table-spec variant when all specs are tables. */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] == null) {
                tableSpecs[i] = new DataTableSpec();
            } else if (specs[i] instanceof DataTableSpec) {
                tableSpecs[i] = (DataTableSpec)specs[i];
            } else {
                return;
            }
        }
        loadAdditionalSettingsFrom(settings, tableSpecs);
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        // nothing extra by default
    }

    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        // nothing extra by default
    }
}
