package org.knime.core.node.defaultnodesettings;

/** Stand-in for the knime-core combo box component over a fixed list of strings. */
public class DialogComponentStringSelection extends DialogComponent {

    /** @throws IllegalArgumentException if the list is empty */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final String... list) {
        super(stringModel);
        if (list == null || list.length == 0) {
            throw new IllegalArgumentException("Selection list of options shouldn't be null or empty");
        }
    }
}
