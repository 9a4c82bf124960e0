package org.distdmf.knime.problem;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.distdmf.core.problem.Observation;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings that every problem node shares: agents, depth, hidden widths, how the agents observe the
 * target, weight decay and seed. Each getter checks its value and throws {@link InvalidSettingsException}
 * naming the dialog label and the value, so configure and validateSettings report the same text.
 */
public final class ProblemSettings {

    public static final String CFGKEY_AGENTS = "agents";

    public static final String CFGKEY_DEPTH = "depth";

    public static final String CFGKEY_HIDDEN_WIDTHS = "hiddenWidths";

    public static final String CFGKEY_OBSERVATION = "observation";

    public static final String CFGKEY_MEASUREMENTS = "measurementsPerAgent";

    public static final String CFGKEY_OBSERVED_FRACTION = "observedFraction";

    public static final String CFGKEY_NOISE = "noiseStandardDeviation";

    public static final String CFGKEY_WEIGHT_DECAY = "weightDecay";

    public static final String CFGKEY_SEED = "seed";

    public static final String LABEL_AGENTS = "Number of agents";

    public static final String LABEL_DEPTH = "Depth L (number of factors)";

    public static final String LABEL_HIDDEN_WIDTHS = "Hidden widths";

    public static final String LABEL_OBSERVATION = "Observation";

    public static final String LABEL_MEASUREMENTS = "Measurements per agent (0 = target rows)";

    public static final String LABEL_OBSERVED_FRACTION = "Observed fraction (mask only)";

    public static final String LABEL_NOISE = "Noise standard deviation";

    public static final String LABEL_WEIGHT_DECAY = "Weight decay";

    public static final String LABEL_SEED = "Random seed";

    /** Hidden widths text that sets every hidden width to the smaller side of the target. */
    public static final String AUTO_WIDTHS = "auto";

    /** Observation choices: the lower-case names of {@link Observation}. */
    public static final List<String> OBSERVATIONS = List.of("sensing", "identity", "mask");

    public final SettingsModelInteger m_agents;

    public final SettingsModelInteger m_depth;

    public final SettingsModelString m_hiddenWidths;

    public final SettingsModelString m_observation = new SettingsModelString(CFGKEY_OBSERVATION, "sensing");

    public final SettingsModelInteger m_measurements = new SettingsModelInteger(CFGKEY_MEASUREMENTS, 0);

    public final SettingsModelDouble m_observedFraction = new SettingsModelDouble(CFGKEY_OBSERVED_FRACTION, 0.5);

    public final SettingsModelDouble m_noise = new SettingsModelDouble(CFGKEY_NOISE, 0.0);

    public final SettingsModelString m_weightDecay;

    public final SettingsModelInteger m_seed = new SettingsModelInteger(CFGKEY_SEED, 42);

    /** Creates the settings with node-specific defaults; the others default to noiseless Gaussian sensing. */
    public ProblemSettings(final int agents, final int depth, final String hiddenWidths, final String weightDecay) {
        m_agents = new SettingsModelInteger(CFGKEY_AGENTS, agents);
        m_depth = new SettingsModelInteger(CFGKEY_DEPTH, depth);
        m_hiddenWidths = new SettingsModelString(CFGKEY_HIDDEN_WIDTHS, hiddenWidths);
        m_weightDecay = new SettingsModelString(CFGKEY_WEIGHT_DECAY, weightDecay);
    }

    /** Returns the settings models, in dialog order. */
    public List<SettingsModel> models() {
        return List.of(m_agents, m_depth, m_hiddenWidths, m_observation, m_measurements, m_observedFraction, m_noise,
            m_weightDecay, m_seed);
    }

    /** @throws InvalidSettingsException if the number of agents is below 2 */
    public int agents() throws InvalidSettingsException {
        int agents = m_agents.getIntValue();
        if (agents < 2) {
            throw new InvalidSettingsException(LABEL_AGENTS + " is " + agents
                + " but must be at least 2, because consensus needs two agents");
        }
        return agents;
    }

    /** @throws InvalidSettingsException if the depth is below 1 */
    public int depth() throws InvalidSettingsException {
        int depth = m_depth.getIntValue();
        if (depth < 1) {
            throw new InvalidSettingsException(LABEL_DEPTH + " is " + depth + " but must be at least 1");
        }
        return depth;
    }

    /**
     * Parses the hidden widths and checks that a list has one width per hidden layer of a {@code depth}-layer
     * factorization of a {@code rows x columns} target. The text {@link #AUTO_WIDTHS} gives every hidden
     * layer the width {@code min(rows, columns)}, at least the rank of any such target.
     *
     * @throws InvalidSettingsException naming the setting, its text and the problem
     */
    public WidthSpec hiddenWidths(final int rows, final int columns, final int depth) throws InvalidSettingsException {
        String text = m_hiddenWidths.getStringValue() == null ? "" : m_hiddenWidths.getStringValue();
        try {
            if (AUTO_WIDTHS.equalsIgnoreCase(text.trim())) {
                return WidthSpec.fixed(Math.min(rows, columns));
            }
            WidthSpec widths = WidthSpec.parse(text);
            // Drawing once with a throw-away generator checks the list length against the depth.
            widths.widths(rows, columns, depth, new Random(0));
            return widths;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(
                LABEL_HIDDEN_WIDTHS + " '" + text + "' are invalid: " + e.getMessage(), e);
        }
    }

    /** @throws InvalidSettingsException naming the first invalid observation setting and its value */
    public ObservationSpec observations() throws InvalidSettingsException {
        String name = m_observation.getStringValue();
        if (!OBSERVATIONS.contains(name)) {
            throw new InvalidSettingsException(
                LABEL_OBSERVATION + " is '" + name + "' but must be one of " + String.join(", ", OBSERVATIONS));
        }
        int measurements = m_measurements.getIntValue();
        if (measurements < 0) {
            throw new InvalidSettingsException(LABEL_MEASUREMENTS + " is " + measurements
                + " but must be 0 or more; 0 gives each agent as many measurements as the target has rows");
        }
        double fraction = m_observedFraction.getDoubleValue();
        if (!(fraction > 0 && fraction <= 1)) {
            throw new InvalidSettingsException(LABEL_OBSERVED_FRACTION + " is " + fraction
                + " but must be greater than 0 and at most 1");
        }
        double noise = m_noise.getDoubleValue();
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new InvalidSettingsException(LABEL_NOISE + " is " + noise + " but must be finite and 0 or more");
        }
        Observation observation = Observation.valueOf(name.toUpperCase(Locale.ROOT));
        return new ObservationSpec(observation, measurements, fraction, noise);
    }

    /**
     * Parses the weight decay and checks that a list has one value per agent.
     *
     * @throws InvalidSettingsException naming the setting, its text and the problem
     */
    public WeightDecaySpec weightDecay(final int agents) throws InvalidSettingsException {
        String text = m_weightDecay.getStringValue();
        try {
            WeightDecaySpec decay = WeightDecaySpec.parse(text == null ? "" : text);
            decay.sample(agents, new Random(0));
            return decay;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(LABEL_WEIGHT_DECAY + " '" + text + "' is invalid: " + e.getMessage(), e);
        }
    }

    public long seed() {
        return m_seed.getIntValue();
    }

    /** Adds the agent count and seed to the dialog's current group. */
    public void addAgentComponents(final DefaultNodeSettingsPane pane) {
        pane.addDialogComponent(new DialogComponentNumber(m_agents, LABEL_AGENTS, 1));
        pane.addDialogComponent(new DialogComponentNumber(m_seed, LABEL_SEED, 1));
    }

    /** Adds depth, hidden widths and weight decay to the dialog's current group. */
    public void addFactorizationComponents(final DefaultNodeSettingsPane pane) {
        pane.addDialogComponent(new DialogComponentNumber(m_depth, LABEL_DEPTH, 1));
        pane.addDialogComponent(new DialogComponentString(m_hiddenWidths, LABEL_HIDDEN_WIDTHS));
        pane.addDialogComponent(new DialogComponentString(m_weightDecay, LABEL_WEIGHT_DECAY));
    }

    /** Adds the observation settings to the dialog's current group. */
    public void addObservationComponents(final DefaultNodeSettingsPane pane) {
        pane.addDialogComponent(
            new DialogComponentStringSelection(m_observation, LABEL_OBSERVATION, OBSERVATIONS.toArray(new String[0])));
        pane.addDialogComponent(new DialogComponentNumber(m_measurements, LABEL_MEASUREMENTS, 1));
        pane.addDialogComponent(new DialogComponentNumber(m_observedFraction, LABEL_OBSERVED_FRACTION, 0.05));
        pane.addDialogComponent(new DialogComponentNumber(m_noise, LABEL_NOISE, 0.01));
    }
}
