package org.knime.core.node.defaultnodesettings;

/** Stand-in for the knime-core check box component. */
public final class DialogComponentBoolean extends DialogComponent {

    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel);
    }
}
