package org.distdmf.knime.chart;

import java.util.List;

import org.distdmf.core.chart.ChartFiles;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the DMF Chart node, shared by its model and its dialog. */
final class DmfChartSettings {

    static final String CFGKEY_CHART_TYPE = "chartType";

    static final String CFGKEY_FIGURE = "figure";

    static final String CFGKEY_LOG_SCALE = "logScale";

    static final String CFGKEY_TITLE = "title";

    static final String CFGKEY_WIDTH = "width";

    static final String CFGKEY_HEIGHT = "height";

    static final String LABEL_CHART_TYPE = "Chart type";

    static final String LABEL_FIGURE = "Figure (figure against iteration)";

    static final String LABEL_LOG_SCALE = "Logarithmic vertical axis";

    static final String LABEL_TITLE = "Title (empty for the default title)";

    static final String LABEL_WIDTH = "Width in pixels";

    static final String LABEL_HEIGHT = "Height in pixels";

    /** One training figure against the iteration, from a history table. */
    static final String TYPE_ITERATION = "figure_against_iteration";

    /** Each agent's sharpness against the iteration, from a history table with sharpness tracking. */
    static final String TYPE_SHARPNESS = "sharpness_per_agent";

    /** rho(J) against the multiplier c, from a stability sweep table. */
    static final String TYPE_SPECTRAL_RADIUS = "spectral_radius_against_c";

    /** Final NMSE and consensus error against the edge probability, from a graph density sweep table. */
    static final String TYPE_DENSITY_SWEEP = "density_sweep";

    static final List<String> CHART_TYPES =
        List.of(TYPE_ITERATION, TYPE_SHARPNESS, TYPE_SPECTRAL_RADIUS, TYPE_DENSITY_SWEEP);

    /** History table columns that the iteration chart can draw. */
    static final List<String> FIGURES = List.of("nmse", "consensus_error", "objective", "gradient_norm");

    final SettingsModelString m_chartType = new SettingsModelString(CFGKEY_CHART_TYPE, TYPE_ITERATION);

    final SettingsModelString m_figure = new SettingsModelString(CFGKEY_FIGURE, "nmse");

    final SettingsModelBoolean m_logScale = new SettingsModelBoolean(CFGKEY_LOG_SCALE, true);

    final SettingsModelString m_title = new SettingsModelString(CFGKEY_TITLE, "");

    final SettingsModelInteger m_width = new SettingsModelInteger(CFGKEY_WIDTH, 800);

    final SettingsModelInteger m_height = new SettingsModelInteger(CFGKEY_HEIGHT, 500);

    private List<SettingsModel> models() {
        return List.of(m_chartType, m_figure, m_logScale, m_title, m_width, m_height);
    }

    /** @throws InvalidSettingsException naming the stored chart type and the known ones */
    String chartType() throws InvalidSettingsException {
        return choice(m_chartType, LABEL_CHART_TYPE, CHART_TYPES);
    }

    /** @throws InvalidSettingsException naming the stored figure and the known ones */
    String figure() throws InvalidSettingsException {
        return choice(m_figure, LABEL_FIGURE, FIGURES);
    }

    private static String choice(final SettingsModelString model, final String label, final List<String> choices)
        throws InvalidSettingsException {
        String value = model.getStringValue();
        if (!choices.contains(value)) {
            throw new InvalidSettingsException(
                label + " is '" + value + "' but must be one of " + String.join(", ", choices));
        }
        return value;
    }

    /** Returns the title, or {@code fallback} when the setting is empty. */
    String title(final String fallback) {
        String title = m_title.getStringValue();
        return title == null || title.isBlank() ? fallback : title;
    }

    /** @throws InvalidSettingsException if the width is outside 1 to {@link ChartFiles#MAX_SIDE} */
    int width() throws InvalidSettingsException {
        return side(LABEL_WIDTH, m_width.getIntValue());
    }

    /** @throws InvalidSettingsException if the height is outside 1 to {@link ChartFiles#MAX_SIDE} */
    int height() throws InvalidSettingsException {
        return side(LABEL_HEIGHT, m_height.getIntValue());
    }

    private static int side(final String label, final int pixels) throws InvalidSettingsException {
        if (pixels < 1 || pixels > ChartFiles.MAX_SIDE) {
            throw new InvalidSettingsException(label + " is " + pixels + " but must be between 1 and "
                + ChartFiles.MAX_SIDE);
        }
        return pixels;
    }

    /** Checks every setting. */
    void check() throws InvalidSettingsException {
        chartType();
        figure();
        width();
        height();
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
        DmfChartSettings candidate = new DmfChartSettings();
        candidate.loadValidatedSettingsFrom(settings);
        candidate.check();
    }

    void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }
}
