package org.knime.core.node.defaultnodesettings;

/** Stand-in for the knime-core number text field, for integer and double models. */
public class DialogComponentNumberEdit extends DialogComponent {

    public DialogComponentNumberEdit(final SettingsModelNumber numberModel, final String label) {
        this(numberModel, label, 10);
    }

    /** Creates a text field {@code compWidth} characters wide. */
    public DialogComponentNumberEdit(final SettingsModelNumber numberModel, final String label,
        final int compWidth) {
        super(numberModel);
    }
}
