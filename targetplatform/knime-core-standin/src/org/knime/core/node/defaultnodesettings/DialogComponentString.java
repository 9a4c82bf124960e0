package org.knime.core.node.defaultnodesettings;

/** Stand-in for the knime-core text field component. */
public final class DialogComponentString extends DialogComponent {

    /** Creates a text field that accepts the empty string. */
    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        this(stringModel, label, false, 15);
    }

    /**
     * Creates a text field {@code compWidth} characters wide. The real component rejects an empty text
     * on save when {@code disallowEmptyString} is set; the stand-in has no text field and saves the
     * model's value as it is.
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label,
        final boolean disallowEmptyString, final int compWidth) {
        super(stringModel);
    }
}
