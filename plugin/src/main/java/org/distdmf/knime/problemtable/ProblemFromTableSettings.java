package org.distdmf.knime.problemtable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.distdmf.core.problem.Standardisation;
import org.distdmf.knime.problem.ProblemSettings;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the DMF Problem from Table node. The defaults follow the real-data reference experiment:
 * depth 3, hidden widths equal to the smaller side of the target, Gaussian sensing, weight decays drawn
 * from U(0.01, 0.05).
 */
final class ProblemFromTableSettings {

    static final String CFGKEY_TARGET_COLUMNS = "targetColumns";

    static final String CFGKEY_STANDARDISATION = "standardisation";

    static final String CFGKEY_CORRELATION = "correlationTarget";

    static final String LABEL_TARGET_COLUMNS = "Target columns";

    static final String LABEL_STANDARDISATION = "Rescale the data";

    static final String LABEL_CORRELATION = "Use the correlation matrix of the columns as target";

    /** Standardisation choices: the lower-case names of {@link Standardisation}. */
    static final List<String> STANDARDISATIONS = List.of("none", "standardize_columns", "unit_frobenius_norm");

    @SuppressWarnings("unchecked")
    final SettingsModelColumnFilter2 m_targetColumns =
        new SettingsModelColumnFilter2(CFGKEY_TARGET_COLUMNS, DoubleValue.class);

    final SettingsModelString m_standardisation =
        new SettingsModelString(CFGKEY_STANDARDISATION, "standardize_columns");

    final SettingsModelBoolean m_correlation = new SettingsModelBoolean(CFGKEY_CORRELATION, false);

    final ProblemSettings m_problem = new ProblemSettings(20, 3, ProblemSettings.AUTO_WIDTHS, "0.01:0.05");

    private List<SettingsModel> models() {
        List<SettingsModel> models = new ArrayList<>(List.of(m_targetColumns, m_standardisation, m_correlation));
        models.addAll(m_problem.models());
        return models;
    }

    /** @throws InvalidSettingsException if the stored choice is not one of {@link #STANDARDISATIONS} */
    Standardisation standardisation() throws InvalidSettingsException {
        String name = m_standardisation.getStringValue();
        if (!STANDARDISATIONS.contains(name)) {
            throw new InvalidSettingsException(LABEL_STANDARDISATION + " is '" + name + "' but must be one of "
                + String.join(", ", STANDARDISATIONS));
        }
        return Standardisation.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Checks every setting that does not depend on the input table; the hidden widths are checked for a
     * target with {@code columns} columns.
     *
     * @throws InvalidSettingsException naming the dialog label and value of the first invalid setting
     */
    void check(final int columns) throws InvalidSettingsException {
        standardisation();
        int agents = m_problem.agents();
        int depth = m_problem.depth();
        m_problem.hiddenWidths(columns, columns, depth);
        m_problem.observations();
        m_problem.weightDecay(agents);
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    /**
     * Checks stored settings without taking them over.
     *
     * @throws InvalidSettingsException naming the missing key, or the dialog label and value of an invalid setting
     */
    void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        ProblemFromTableSettings candidate = new ProblemFromTableSettings();
        candidate.loadValidatedSettingsFrom(settings);
        // The target's size is unknown here, so a width list is only checked against the depth.
        candidate.check(1);
    }

    void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }
}
