package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataValue;

/**
 * Stand-in for the knime-core combo box that selects one column of an input table. The real component
 * refuses to open, with a {@code NotConfigurableException}, when {@code isRequired} is set and the input
 * has no column of the accepted types; the stand-in does not check this and keeps the model's value.
 */
public class DialogComponentColumnNameSelection extends DialogComponent {

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, true, classFilter);
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, false, classFilter);
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol,
        final Class<? extends DataValue>... classFilter) {
        super(model);
    }
}
