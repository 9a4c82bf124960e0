package org.knime.core.node.defaultnodesettings;

/** Stand-in for the knime-core spinner component; like the real one it accepts integer and double models only. */
public class DialogComponentNumber extends DialogComponent {

    /** @throws IllegalArgumentException if the model is neither an integer nor a double model */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        super(numberModel);
        if (!(numberModel instanceof SettingsModelInteger) && !(numberModel instanceof SettingsModelDouble)) {
            throw new IllegalArgumentException("Only Double and Integer are currently supported by the NumberComponent");
        }
    }
}
