package org.distdmf.knime.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.knime.util.SettingChecks;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Stability Sweep node, shared by its model and its dialog. The multipliers {@code c}
 * come from a range (from, to, step) or from a comma-separated list. The short training runs use the
 * reference experiments' settings apart from the iteration count, seed and threads.
 */
final class StabilitySweepSettings {

    static final String CFGKEY_MULTIPLIER_SOURCE = "multiplierSource";

    static final String CFGKEY_FROM = "multiplierFrom";

    static final String CFGKEY_TO = "multiplierTo";

    static final String CFGKEY_STEP = "multiplierStep";

    static final String CFGKEY_LIST = "multiplierList";

    static final String CFGKEY_ITERATIONS = "iterations";

    static final String CFGKEY_SEARCH_CRITICAL = "searchCriticalMultiplier";

    static final String CFGKEY_SEED = "seed";

    static final String CFGKEY_THREADS = "threads";

    static final String CFGKEY_IMAGE_WIDTH = "imageWidth";

    static final String CFGKEY_IMAGE_HEIGHT = "imageHeight";

    static final String LABEL_MULTIPLIER_SOURCE = "Multipliers c from";

    static final String LABEL_FROM = "From";

    static final String LABEL_TO = "To";

    static final String LABEL_STEP = "Step";

    static final String LABEL_LIST = "List (comma-separated)";

    static final String LABEL_ITERATIONS = "Iterations per training run";

    static final String LABEL_SEARCH_CRITICAL = "Search the critical multiplier c*";

    static final String LABEL_SEED = "Random seed";

    static final String LABEL_THREADS = "Threads";

    static final String LABEL_IMAGE_WIDTH = "Chart width (pixels)";

    static final String LABEL_IMAGE_HEIGHT = "Chart height (pixels)";

    static final String SOURCE_RANGE = "range";

    static final String SOURCE_LIST = "list";

    static final List<String> SOURCES = List.of(SOURCE_RANGE, SOURCE_LIST);

    /** Dialog labels that earlier versions stored, mapped to their ids. */
    static final Map<String, String> LEGACY_SOURCES =
        Map.of("Range (from, to, step)", SOURCE_RANGE, "List", SOURCE_LIST);

    /** Most multipliers one sweep accepts; each one costs a spectral radius and a training run. */
    static final int MAX_MULTIPLIERS = 1000;

    static final int MAX_ITERATIONS = 10_000_000;

    static final int MAX_THREADS = 256;

    final SettingsModelString m_source = new SettingsModelString(CFGKEY_MULTIPLIER_SOURCE, SOURCE_RANGE);

    final SettingsModelDouble m_from = new SettingsModelDouble(CFGKEY_FROM, 0.25);

    final SettingsModelDouble m_to = new SettingsModelDouble(CFGKEY_TO, 2.0);

    final SettingsModelDouble m_step = new SettingsModelDouble(CFGKEY_STEP, 0.25);

    final SettingsModelString m_list = new SettingsModelString(CFGKEY_LIST, "0.5, 0.9, 1.0, 1.1, 1.5, 2.0");

    final SettingsModelInteger m_iterations = new SettingsModelInteger(CFGKEY_ITERATIONS, 100);

    final SettingsModelBoolean m_searchCritical = new SettingsModelBoolean(CFGKEY_SEARCH_CRITICAL, true);

    final SettingsModelInteger m_seed = new SettingsModelInteger(CFGKEY_SEED, 42);

    final SettingsModelInteger m_threads = new SettingsModelInteger(CFGKEY_THREADS, SettingChecks.defaultThreads());

    final SettingsModelInteger m_imageWidth = new SettingsModelInteger(CFGKEY_IMAGE_WIDTH, 800);

    final SettingsModelInteger m_imageHeight = new SettingsModelInteger(CFGKEY_IMAGE_HEIGHT, 500);

    private List<SettingsModel> models() {
        return List.of(m_source, m_from, m_to, m_step, m_list, m_iterations, m_searchCritical, m_seed, m_threads,
            m_imageWidth, m_imageHeight);
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    /**
     * Checks stored settings without taking them over.
     *
     * @throws InvalidSettingsException naming the dialog label and the stored value of the first invalid
     *             setting, or the missing key
     */
    void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.validateSettings(settings);
        }
        multipliers(settings.getString(CFGKEY_MULTIPLIER_SOURCE), settings.getDouble(CFGKEY_FROM),
            settings.getDouble(CFGKEY_TO), settings.getDouble(CFGKEY_STEP), settings.getString(CFGKEY_LIST));
        SettingChecks.checkRange(LABEL_ITERATIONS, settings.getInt(CFGKEY_ITERATIONS), 0, MAX_ITERATIONS);
        SettingChecks.checkRange(LABEL_THREADS, settings.getInt(CFGKEY_THREADS), 1, MAX_THREADS);
        SettingChecks.checkRange(LABEL_IMAGE_WIDTH, settings.getInt(CFGKEY_IMAGE_WIDTH), 1, ChartFiles.MAX_SIDE);
        SettingChecks.checkRange(LABEL_IMAGE_HEIGHT, settings.getInt(CFGKEY_IMAGE_HEIGHT), 1, ChartFiles.MAX_SIDE);
    }

    /** Loads checked settings and replaces a source stored as an earlier dialog label by its id. */
    void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
        m_source.setStringValue(sourceId(m_source.getStringValue()));
    }

    private static String sourceId(final String value) throws InvalidSettingsException {
        return SettingChecks.choiceId(LABEL_MULTIPLIER_SOURCE, value, SOURCES, LEGACY_SOURCES);
    }

    /**
     * Returns the multipliers of the sweep in the order given.
     *
     * @throws InvalidSettingsException naming the setting and value
     */
    double[] multipliers() throws InvalidSettingsException {
        return multipliers(m_source.getStringValue(), m_from.getDoubleValue(), m_to.getDoubleValue(),
            m_step.getDoubleValue(), m_list.getStringValue());
    }

    /**
     * Returns the settings of the short training runs: the reference experiments' settings with
     * {@code c = 1}, which the sweep replaces by each multiplier, and tracking off.
     *
     * @throws InvalidSettingsException naming the setting and value that the engine rejects
     */
    DgdSettings trainingSettings() throws InvalidSettingsException {
        try {
            return DgdSettings.reference(m_iterations.getIntValue(), 1.0, 0, m_threads.getIntValue(),
                m_seed.getIntValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid setting: " + e.getMessage(), e);
        }
    }

    /**
     * Expands the range or parses the list. A range lists {@code from, from + step, ...} up to and
     * including {@code to}; the sums are exact in decimal, so 0.1 to 0.3 in steps of 0.1 ends at 0.3.
     */
    static double[] multipliers(final String source, final double from, final double to, final double step,
        final String list) throws InvalidSettingsException {
        double[] values = SOURCE_RANGE.equals(sourceId(source)) ? range(from, to, step) : parseList(list);
        if (values.length > MAX_MULTIPLIERS) {
            throw new InvalidSettingsException("The sweep has " + values.length + " multipliers but at most "
                + MAX_MULTIPLIERS + " are allowed; use a larger step or a shorter list");
        }
        return values;
    }

    private static double[] range(final double from, final double to, final double step)
        throws InvalidSettingsException {
        SettingChecks.checkPositive(LABEL_FROM, from);
        SettingChecks.checkPositive(LABEL_TO, to);
        SettingChecks.checkPositive(LABEL_STEP, step);
        if (to < from) {
            throw new InvalidSettingsException(
                LABEL_TO + " is " + to + " but must be at least " + LABEL_FROM + " (" + from + ")");
        }
        BigDecimal start = BigDecimal.valueOf(from);
        BigDecimal increment = BigDecimal.valueOf(step);
        BigDecimal steps = BigDecimal.valueOf(to).subtract(start).divide(increment, 0, RoundingMode.FLOOR);
        if (steps.compareTo(BigDecimal.valueOf(MAX_MULTIPLIERS)) >= 0) {
            throw new InvalidSettingsException("The range from " + from + " to " + to + " in steps of " + step
                + " has more than " + MAX_MULTIPLIERS + " multipliers; use a larger step");
        }
        double[] values = new double[steps.intValueExact() + 1];
        for (int k = 0; k < values.length; k++) {
            values[k] = start.add(increment.multiply(BigDecimal.valueOf(k))).doubleValue();
        }
        return values;
    }

    private static double[] parseList(final String list) throws InvalidSettingsException {
        if (list == null || list.isBlank()) {
            throw new InvalidSettingsException(LABEL_LIST + " is empty; enter multipliers such as 0.5, 1, 1.5");
        }
        String[] items = list.split(",", -1);
        double[] values = new double[items.length];
        for (int k = 0; k < items.length; k++) {
            String item = items[k].trim();
            try {
                values[k] = Double.parseDouble(item);
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException(LABEL_LIST + ": item " + (k + 1) + " of '" + list + "' is '"
                    + item + "', which is not a number", e);
            }
            if (!(values[k] > 0) || Double.isInfinite(values[k])) {
                throw new InvalidSettingsException(LABEL_LIST + ": item " + (k + 1) + " of '" + list + "' is "
                    + values[k] + " but every multiplier must be finite and positive");
            }
        }
        return values;
    }
}
