package org.distdmf.knime.problem;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.problem.MemoryEstimate;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;

/**
 * Settings of the DMF Problem Generator node. The defaults are the first reference experiment: 20
 * agents, a 10 x 10 target, depth 20, hidden widths drawn from [10, 30], a full-rank Gaussian ground
 * truth, Gaussian sensing without noise and weight decays drawn from U(0.1, 0.9).
 */
final class ProblemGeneratorSettings {

    static final String CFGKEY_ROWS = "rows";

    static final String CFGKEY_COLUMNS = "columns";

    static final String CFGKEY_RANK = "rank";

    static final String LABEL_ROWS = "Target rows m";

    static final String LABEL_COLUMNS = "Target columns p";

    static final String LABEL_RANK = "Rank of each ground-truth factor (0 = full rank)";

    final ProblemSettings m_problem = new ProblemSettings(20, 20, "10:30", "0.1:0.9");

    final SettingsModelInteger m_rows = new SettingsModelInteger(CFGKEY_ROWS, 10);

    final SettingsModelInteger m_columns = new SettingsModelInteger(CFGKEY_COLUMNS, 10);

    final SettingsModelInteger m_rank = new SettingsModelInteger(CFGKEY_RANK, 0);

    private List<SettingsModel> models() {
        List<SettingsModel> models = new ArrayList<>(List.of(m_rows, m_columns, m_rank));
        models.addAll(m_problem.models());
        return models;
    }

    /**
     * Returns the engine's problem settings.
     *
     * @throws InvalidSettingsException naming the dialog label and value of the first invalid setting,
     *             or the sizes when the problem would not fit into the Java heap
     */
    SyntheticProblemSpec toSpec() throws InvalidSettingsException {
        int rows = atLeast(LABEL_ROWS, m_rows.getIntValue(), 1);
        int columns = atLeast(LABEL_COLUMNS, m_columns.getIntValue(), 1);
        int rank = atLeast(LABEL_RANK, m_rank.getIntValue(), 0);
        int agents = m_problem.agents();
        int depth = m_problem.depth();
        WidthSpec widths = m_problem.hiddenWidths(rows, columns, depth);
        ObservationSpec observations = m_problem.observations();
        WeightDecaySpec weightDecay = m_problem.weightDecay(agents);
        int measurements = observations.measurementsPerAgent() == 0 ? rows : observations.measurementsPerAgent();
        try {
            MemoryEstimate.checkProblem(agents, rows, columns, measurements);
            return new SyntheticProblemSpec(agents, rows, columns, depth, widths, rank, observations, weightDecay,
                m_problem.seed());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    private static int atLeast(final String label, final int value, final int minimum)
        throws InvalidSettingsException {
        if (value < minimum) {
            throw new InvalidSettingsException(label + " is " + value + " but must be at least " + minimum);
        }
        return value;
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    /**
     * Checks stored settings without taking them over: every key must be present and the values must
     * form a valid problem.
     *
     * @throws InvalidSettingsException naming the missing key, or the dialog label and value of an invalid setting
     */
    void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        ProblemGeneratorSettings candidate = new ProblemGeneratorSettings();
        candidate.loadValidatedSettingsFrom(settings);
        candidate.toSpec();
    }

    void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }
}
