package org.distdmf.knime.chart;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.DensitySweepChart;
import org.distdmf.core.chart.IterationChart;
import org.distdmf.core.chart.Series;
import org.distdmf.core.chart.SharpnessChart;
import org.distdmf.core.chart.SpectralRadiusChart;
import org.distdmf.knime.util.ImagePorts;
import org.jfree.chart.JFreeChart;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Draws one of the engine's charts from a result table and returns it as a PNG image. Input 0 is a
 * history table of the trainer or a sweep table. The optional input 1 adds reference values, namely each
 * agent's stability line for the sharpness chart and the critical multiplier for the spectral radius chart.
 */
public final class DmfChartNodeModel extends NodeModel {

    static final String COL_ITERATION = "iteration";

    /** Prefix of the per-agent sharpness columns of a history table, followed by the agent index. */
    static final String SHARPNESS_PREFIX = "sharpness_agent_";

    static final String COL_AGENT = "agent";

    static final String COL_STABILITY_LINE = "stability_line";

    static final String COL_MULTIPLIER = "c";

    static final String COL_RHO = "rho_J";

    static final String COL_CRITICAL_MULTIPLIER = "critical_multiplier";

    static final String COL_PROBABILITY = "p";

    static final String COL_FINAL_NMSE = "final_nmse";

    static final String COL_FINAL_CONSENSUS = "final_consensus_error";

    /** Vertical axis labels of the iteration chart, by figure column. */
    private static final Map<String, String> FIGURE_LABELS =
        Map.of("nmse", "NMSE", "consensus_error", "consensus error", "objective", "objective",
            "gradient_norm", "gradient norm");

    private final DmfChartSettings m_settings = new DmfChartSettings();

    DmfChartNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{ImagePortObject.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        m_settings.check();
        String type = m_settings.chartType();
        DataTableSpec data = (DataTableSpec)inSpecs[0];
        for (String column : requiredColumns(type)) {
            requireNumeric(data, column, type, "input table");
        }
        if (DmfChartSettings.TYPE_SHARPNESS.equals(type) && sharpnessColumns(data).isEmpty()) {
            throw new InvalidSettingsException(DmfChartSettings.LABEL_CHART_TYPE + " " + type + " needs columns "
                + SHARPNESS_PREFIX + "0, " + SHARPNESS_PREFIX + "1, ... in the input table, which has none; "
                + "turn on sharpness tracking in the trainer");
        }
        DataTableSpec reference = (DataTableSpec)inSpecs[1];
        String referenceColumn = referenceColumn(type);
        if (reference != null && referenceColumn != null) {
            requireNumeric(reference, referenceColumn, type, "reference table");
        }
        return new PortObjectSpec[]{ImagePorts.pngSpec()};
    }

    /** Returns the input columns a chart type reads, besides the per-agent sharpness columns. */
    private List<String> requiredColumns(final String type) throws InvalidSettingsException {
        switch (type) {
            case DmfChartSettings.TYPE_ITERATION:
                return List.of(COL_ITERATION, m_settings.figure());
            case DmfChartSettings.TYPE_SHARPNESS:
                return List.of(COL_ITERATION);
            case DmfChartSettings.TYPE_SPECTRAL_RADIUS:
                return List.of(COL_MULTIPLIER, COL_RHO);
            default:
                return List.of(COL_PROBABILITY, COL_FINAL_NMSE, COL_FINAL_CONSENSUS);
        }
    }

    /** Returns the column the optional reference table must have for a chart type, or {@code null}. */
    private static String referenceColumn(final String type) {
        switch (type) {
            case DmfChartSettings.TYPE_SHARPNESS:
                return COL_STABILITY_LINE;
            case DmfChartSettings.TYPE_SPECTRAL_RADIUS:
                return COL_CRITICAL_MULTIPLIER;
            default:
                return null;
        }
    }

    private static void requireNumeric(final DataTableSpec spec, final String column, final String type,
        final String table) throws InvalidSettingsException {
        DataColumnSpec columnSpec = spec.getColumnSpec(column);
        if (columnSpec == null) {
            throw new InvalidSettingsException(DmfChartSettings.LABEL_CHART_TYPE + " " + type + " needs the column '"
                + column + "' in the " + table + ", which has the columns " + String.join(", ", spec.getColumnNames())
                + "; connect a matching table or choose another chart type");
        }
        if (!columnSpec.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException(DmfChartSettings.LABEL_CHART_TYPE + " " + type + " needs the column '"
                + column + "' of the " + table + " to be numeric, but its type is " + columnSpec.getType());
        }
    }

    /** Returns the per-agent sharpness columns by agent index, skipping columns whose suffix is no index. */
    static TreeMap<Integer, String> sharpnessColumns(final DataTableSpec spec) {
        TreeMap<Integer, String> columns = new TreeMap<>();
        for (DataColumnSpec column : spec) {
            String name = column.getName();
            if (name.startsWith(SHARPNESS_PREFIX) && column.getType().isCompatible(DoubleValue.class)) {
                try {
                    columns.put(Integer.parseInt(name.substring(SHARPNESS_PREFIX.length())), name);
                } catch (NumberFormatException e) {
                    // a user column that only shares the prefix
                }
            }
        }
        return columns;
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec)
        throws InvalidSettingsException, CanceledExecutionException {
        BufferedDataTable data = (BufferedDataTable)inObjects[0];
        BufferedDataTable reference = (BufferedDataTable)inObjects[1];
        String type = m_settings.chartType();
        boolean logScale = m_settings.m_logScale.getBooleanValue();

        exec.setProgress(0.0, "Reading " + data.size() + " rows");
        JFreeChart chart;
        switch (type) {
            case DmfChartSettings.TYPE_ITERATION:
                chart = iterationChart(data, logScale, exec);
                break;
            case DmfChartSettings.TYPE_SHARPNESS:
                chart = sharpnessChart(data, reference, logScale, exec);
                break;
            case DmfChartSettings.TYPE_SPECTRAL_RADIUS:
                chart = spectralRadiusChart(data, reference, exec);
                break;
            default:
                chart = densitySweepChart(data, logScale, exec);
                break;
        }
        exec.checkCanceled();
        exec.setProgress(0.5, "Drawing the chart");
        byte[] png = ChartFiles.pngBytes(chart, m_settings.width(), m_settings.height());
        exec.setProgress(1.0);
        return new PortObject[]{ImagePorts.png(png)};
    }

    private JFreeChart iterationChart(final BufferedDataTable data, final boolean logScale, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        String figure = m_settings.figure();
        double[][] values = readColumns(data, new String[]{COL_ITERATION, figure}, exec);
        String label = FIGURE_LABELS.get(figure);
        return IterationChart.of(m_settings.title(label + " against iteration"), label,
            List.of(new Series(label, values[0], values[1])), logScale);
    }

    private JFreeChart sharpnessChart(final BufferedDataTable data, final BufferedDataTable reference,
        final boolean logScale, final ExecutionMonitor exec) throws CanceledExecutionException {
        TreeMap<Integer, String> columns = sharpnessColumns(data.getDataTableSpec());
        String[] names = new String[columns.size() + 1];
        names[0] = COL_ITERATION;
        int k = 1;
        for (String name : columns.values()) {
            names[k++] = name;
        }
        double[][] values = readColumns(data, names, exec);
        List<Series> agents = new ArrayList<>();
        k = 1;
        for (int agent : columns.keySet()) {
            agents.add(new Series("agent " + agent, values[0], values[k++]));
        }
        String title = m_settings.title("Sharpness per agent");
        if (reference == null) {
            return IterationChart.of(title, "sharpness \u03bb_max(H_i)", agents, logScale);
        }
        return SharpnessChart.of(title, agents, stabilityLines(reference, columns.keySet(), exec), logScale);
    }

    /**
     * Returns {@code (1 + lambda_min(V)) / eta_i} for each charted agent from the reference table: by the
     * {@code agent} column when it has one, otherwise one row per charted agent in agent order.
     */
    private static double[] stabilityLines(final BufferedDataTable reference, final Iterable<Integer> agents,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        DataTableSpec spec = reference.getDataTableSpec();
        boolean byAgent = spec.getColumnSpec(COL_AGENT) != null
            && spec.getColumnSpec(COL_AGENT).getType().isCompatible(DoubleValue.class);
        double[][] values = readColumns(reference,
            byAgent ? new String[]{COL_AGENT, COL_STABILITY_LINE} : new String[]{COL_STABILITY_LINE}, exec);
        Map<Integer, Double> lines = new TreeMap<>();
        List<Integer> charted = new ArrayList<>();
        agents.forEach(charted::add);
        double[] stability = values[values.length - 1];
        if (!byAgent && stability.length != charted.size()) {
            throw new IllegalArgumentException("The reference table has " + stability.length + " rows but the "
                + "history has " + charted.size() + " sharpness columns; connect the trainer's agent summary, "
                + "one row per agent");
        }
        for (int r = 0; r < stability.length; r++) {
            lines.put(byAgent ? (int)values[0][r] : charted.get(r), stability[r]);
        }
        double[] thresholds = new double[charted.size()];
        for (int i = 0; i < thresholds.length; i++) {
            Double line = lines.get(charted.get(i));
            if (line == null || !Double.isFinite(line)) {
                throw new IllegalArgumentException("The reference table has no finite " + COL_STABILITY_LINE
                    + " for agent " + charted.get(i) + "; connect the trainer's agent summary of the same run");
            }
            thresholds[i] = line;
        }
        return thresholds;
    }

    private JFreeChart spectralRadiusChart(final BufferedDataTable data, final BufferedDataTable reference,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        double[][] values = readColumns(data, new String[]{COL_MULTIPLIER, COL_RHO}, exec);
        for (int r = 0; r < values[0].length; r++) {
            if (!Double.isFinite(values[0][r])) {
                throw new IllegalArgumentException("Row " + r + " of the input table has no finite multiplier in "
                    + "column '" + COL_MULTIPLIER + "'; remove the row or fill in the value");
            }
        }
        double criticalMultiplier = Double.NaN;
        if (reference != null && reference.size() > 0) {
            criticalMultiplier = readColumns(reference, new String[]{COL_CRITICAL_MULTIPLIER}, exec)[0][0];
        }
        return SpectralRadiusChart.of(m_settings.title("Spectral radius of the linearised DGD map against c"),
            values[0], values[1], criticalMultiplier, null);
    }

    private JFreeChart densitySweepChart(final BufferedDataTable data, final boolean logScale,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        double[][] values = readColumns(data, new String[]{COL_PROBABILITY, COL_FINAL_NMSE, COL_FINAL_CONSENSUS}, exec);
        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("final NMSE", values[1]);
        figures.put("final consensus error", values[2]);
        return DensitySweepChart.of(m_settings.title("Final NMSE and consensus error against edge probability p"),
            values[0], figures, logScale);
    }

    /**
     * Reads numeric columns into one array each, in row order; a missing cell becomes NaN, which the charts
     * do not draw. Checks for cancellation once per row.
     */
    static double[][] readColumns(final BufferedDataTable table, final String[] columns, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int[] indices = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            indices[c] = spec.findColumnIndex(columns[c]);
        }
        int rows = (int)Math.min(Integer.MAX_VALUE, table.size());
        double[][] values = new double[columns.length][rows];
        int r = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            for (int c = 0; c < columns.length; c++) {
                DataCell cell = row.getCell(indices[c]);
                values[c][r] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
            }
            r++;
        }
        return values;
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveSettingsTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validateSettings(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadValidatedSettingsFrom(settings);
    }

    @Override
    protected void reset() {
        // no state besides the image, which KNIME discards
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals: the image is the only result
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals: the image is the only result
    }
}
