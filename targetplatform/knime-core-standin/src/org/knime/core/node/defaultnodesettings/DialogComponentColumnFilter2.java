package org.knime.core.node.defaultnodesettings;

/** Stand-in for the knime-core include/exclude column list of one input table. */
public class DialogComponentColumnFilter2 extends DialogComponent {

    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx) {
        this(model, inPortIdx, false);
    }

    /** {@code showSelectionListsOnly} hides the search box and enforce options in the real component. */
    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx,
        final boolean showSelectionListsOnly) {
        super(model);
        model.setInputPortIndex(inPortIdx);
    }
}
