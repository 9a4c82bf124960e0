package org.distdmf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.DensitySweepChart;
import org.distdmf.core.chart.IterationChart;
import org.distdmf.core.chart.Series;
import org.distdmf.core.chart.SharpnessChart;
import org.distdmf.core.chart.SpectralRadiusChart;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.jfree.chart.JFreeChart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf chart}: PNG and SVG charts from the CSV files the other steps write. */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws a chart from CSV files written by train or sweep and writes STEM.png and STEM.svg.",
                "Give exactly one of --history (one curve per file), --sweep, --sharpness (with --agents) and --density."},
        footer = {"", "Examples:",
                "  dmf chart --history c0.9/history.csv --history c1.3/history.csv --figure nmse --out nmse",
                "  dmf chart --sweep sweep/spectral_radius.csv --critical sweep/critical_multiplier.csv --out rho",
                "  dmf chart --sharpness run/history.csv --agents run/agents.csv --out sharpness",
                "  dmf chart --density density/density_sweep.csv --out density"})
public final class ChartCommand implements Callable<Integer> {

    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("nmse", "NMSE");
        FIGURES.put("consensus_error", "consensus error");
        FIGURES.put("objective", "objective");
        FIGURES.put("gradient_norm", "gradient norm");
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "STEM",
            description = "Output path without extension: writes STEM.png and STEM.svg (a trailing .png or .svg is dropped).")
    Path out;

    @Option(names = "--history", paramLabel = "FILE",
            description = "history.csv of dmf train; repeat the option for one curve per run.")
    List<Path> histories = new ArrayList<>();

    @Option(names = "--label", paramLabel = "TEXT",
            description = "Legend text of each --history curve, in the same order (default: the file name, with its "
                    + "folder when file names repeat).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--figure", defaultValue = "nmse", paramLabel = "NAME",
            description = "Column of --history to draw: nmse, consensus_error, objective or gradient_norm "
                    + "(default: ${DEFAULT-VALUE}).")
    String figure;

    @Option(names = "--sweep", paramLabel = "FILE",
            description = "spectral_radius.csv of dmf sweep multipliers: rho(J) against c with the line rho = 1.")
    Path sweep;

    @Option(names = "--critical", paramLabel = "FILE",
            description = "With --sweep: critical_multiplier.csv of the same sweep, to mark c*.")
    Path critical;

    @Option(names = "--c-star", paramLabel = "C",
            description = "With --sweep: mark this critical multiplier c* instead of reading --critical.")
    Double cStar;

    @Option(names = "--sharpness", paramLabel = "FILE",
            description = "history.csv of dmf train run with --sharpness-every: each agent's lambda_max(H_i) against "
                    + "the iteration, with its stability line (1 + lambda_min(V)) / eta_i dashed.")
    Path sharpness;

    @Option(names = "--agents", paramLabel = "FILE", description = "With --sharpness: agents.csv of the same run.")
    Path agents;

    @Option(names = "--density", paramLabel = "FILE",
            description = "density_sweep.csv of dmf sweep density: final NMSE and consensus error against p.")
    Path density;

    @Option(names = "--linear", description = "Linear vertical axis (default for --sharpness).")
    boolean linear;

    @Option(names = "--log", description = "Base-10 logarithmic vertical axis (default for --history and --density).")
    boolean log;

    @Option(names = "--title", paramLabel = "TEXT", description = "Chart title (default: one naming the figure).")
    String title;

    @Option(names = "--width", defaultValue = "960", paramLabel = "PIXELS",
            description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "560", paramLabel = "PIXELS",
            description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Override
    public Integer call() throws IOException {
        int modes = (histories.isEmpty() ? 0 : 1) + (sweep == null ? 0 : 1) + (sharpness == null ? 0 : 1)
                + (density == null ? 0 : 1);
        if (modes != 1) {
            throw new IllegalArgumentException("give exactly one of --history, --sweep, --sharpness and --density, "
                    + "but " + modes + " are given");
        }
        if (linear && log) {
            throw new IllegalArgumentException("--linear and --log are both given; give at most one");
        }
        rejectUnless(!labels.isEmpty(), !histories.isEmpty(), "--label", "--history");
        rejectUnless(wasGiven("--figure"), !histories.isEmpty(), "--figure", "--history");
        rejectUnless(critical != null || cStar != null, sweep != null, critical != null ? "--critical" : "--c-star", "--sweep");
        rejectUnless(agents != null, sharpness != null, "--agents", "--sharpness");
        Checks.pixels("--width", width);
        Checks.pixels("--height", height);
        Outputs.file("--out", out);

        JFreeChart chart;
        if (!histories.isEmpty()) {
            chart = historyChart();
        } else if (sweep != null) {
            chart = sweepChart();
        } else if (sharpness != null) {
            chart = sharpnessChart();
        } else {
            chart = densityChart();
        }
        List<Path> written = ChartFiles.writeBoth(chart, stem(out), width, height);

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + written.get(0) + " and " + written.get(1));
        stdout.flush();
        return 0;
    }

    private JFreeChart historyChart() throws IOException {
        String column = figure.trim().toLowerCase(Locale.ROOT);
        if (!FIGURES.containsKey(column)) {
            throw new IllegalArgumentException("--figure must be one of " + String.join(", ", FIGURES.keySet())
                    + " but is '" + figure + "'");
        }
        if (!labels.isEmpty() && labels.size() != histories.size()) {
            throw new IllegalArgumentException(labels.size() + " --label values for " + histories.size()
                    + " --history files; give one label per file or none");
        }
        List<String> names = labels.isEmpty() ? defaultLabels(histories) : labels;
        if (new HashSet<>(names).size() < names.size()) {
            throw new IllegalArgumentException("--label values repeat: " + names + "; give each curve its own label");
        }
        Map<String, ColumnType> required = new LinkedHashMap<>();
        required.put("iteration", ColumnType.INTEGER);
        required.put(column, ColumnType.DOUBLE);
        List<Series> runs = new ArrayList<>();
        for (int k = 0; k < histories.size(); k++) {
            ResultTable table = Inputs.table("--history", histories.get(k), required, ColumnType.STRING);
            runs.add(Series.fromTable(names.get(k), table, "iteration", column));
        }
        String axis = FIGURES.get(column);
        return IterationChart.of(title != null ? title : axis + " against iteration", axis, runs, !linear);
    }

    private JFreeChart sweepChart() throws IOException {
        if (linear || log) {
            throw new IllegalArgumentException("--linear and --log do not apply to --sweep, whose axis is always linear");
        }
        Map<String, ColumnType> required = new LinkedHashMap<>();
        required.put("c", ColumnType.DOUBLE);
        required.put("rho_J", ColumnType.DOUBLE);
        ResultTable table = Inputs.table("--sweep", sweep, required, ColumnType.STRING);
        double[] c = table.doubleColumn("c");
        for (int k = 0; k < c.length; k++) {
            if (!Double.isFinite(c[k])) {
                throw new IllegalArgumentException("--sweep " + sweep + ": row " + (k + 1) + " has no multiplier c");
            }
        }
        double marked = Double.NaN;
        if (cStar != null && critical != null) {
            throw new IllegalArgumentException("--c-star " + cStar + " and --critical " + critical
                    + " are both given; give one of them");
        }
        if (cStar != null) {
            marked = Checks.positive("--c-star", cStar);
        } else if (critical != null) {
            ResultTable summary = Inputs.table("--critical", critical, Map.of("critical_multiplier", ColumnType.DOUBLE),
                    ColumnType.STRING);
            if (summary.rowCount() != 1) {
                throw new IllegalArgumentException("--critical " + critical + " has " + summary.rowCount()
                        + " rows but should have one");
            }
            marked = summary.doubleColumn("critical_multiplier")[0];
        }
        return SpectralRadiusChart.of(title != null ? title : "Spectral radius of the linearised DGD map", c,
                table.doubleColumn("rho_J"), marked, null);
    }

    private JFreeChart sharpnessChart() throws IOException {
        if (agents == null) {
            throw new IllegalArgumentException("--sharpness " + sharpness + " needs --agents with agents.csv of the "
                    + "same run, for each agent's stability line");
        }
        Map<String, ColumnType> agentColumns = new LinkedHashMap<>();
        agentColumns.put("agent", ColumnType.INTEGER);
        agentColumns.put("stability_line", ColumnType.DOUBLE);
        ResultTable agentTable = Inputs.table("--agents", agents, agentColumns, ColumnType.STRING);
        int n = agentTable.rowCount();
        if (n == 0) {
            throw new IllegalArgumentException("--agents " + agents + " has no rows");
        }
        double[] thresholds = agentTable.doubleColumn("stability_line");
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(thresholds[i])) {
                throw new IllegalArgumentException("--agents " + agents + ": agent " + i + " has no finite stability_line");
            }
        }

        List<String> columns = Inputs.header("--sharpness", sharpness);
        Map<String, ColumnType> required = new LinkedHashMap<>();
        required.put("iteration", ColumnType.INTEGER);
        for (int i = 0; i < n; i++) {
            String column = "sharpness_agent_" + i;
            if (!columns.contains(column)) {
                throw new IllegalArgumentException("--sharpness " + sharpness + " has no column " + column + " but --agents "
                        + agents + " lists " + n + " agents; train with --sharpness-every K to record the sharpness");
            }
            required.put(column, ColumnType.DOUBLE);
        }
        ResultTable history = Inputs.table("--sharpness", sharpness, required, ColumnType.STRING);
        List<Series> curves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            curves.add(Series.fromTable("agent " + i, history, "iteration", "sharpness_agent_" + i));
        }
        return SharpnessChart.of(title != null ? title : "Sharpness per agent against its stability line", curves,
                thresholds, log);
    }

    private JFreeChart densityChart() throws IOException {
        Map<String, ColumnType> required = new LinkedHashMap<>();
        required.put("p", ColumnType.DOUBLE);
        required.put("final_nmse", ColumnType.DOUBLE);
        required.put("final_consensus_error", ColumnType.DOUBLE);
        ResultTable table = Inputs.table("--density", density, required, ColumnType.STRING);
        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("final NMSE", table.doubleColumn("final_nmse"));
        figures.put("final consensus error", table.doubleColumn("final_consensus_error"));
        try {
            return DensitySweepChart.of(title != null ? title : "Final NMSE and consensus error against edge probability p",
                    table.doubleColumn("p"), figures, !linear);
        } catch (IllegalArgumentException e) {
            throw Checks.about("--density", density, e);
        }
    }

    /** Labels each file by its name without extension, or by folder and name when two files share a name. */
    static List<String> defaultLabels(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            names.add(withoutExtension(file.getFileName().toString()));
        }
        if (new HashSet<>(names).size() == names.size()) {
            return names;
        }
        List<String> qualified = new ArrayList<>();
        for (int k = 0; k < files.size(); k++) {
            Path parent = files.get(k).toAbsolutePath().normalize().getParent();
            qualified.add(parent != null && parent.getFileName() != null
                    ? parent.getFileName() + "/" + names.get(k) : files.get(k).toString());
        }
        if (new HashSet<>(qualified).size() == qualified.size()) {
            return qualified;
        }
        List<String> paths = new ArrayList<>();
        for (Path file : files) {
            paths.add(file.toString());
        }
        return paths;
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static Path stem(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            return path.resolveSibling(name.substring(0, name.length() - 4));
        }
        return path;
    }

    private void rejectUnless(boolean present, boolean allowed, String option, String needed) {
        if (present && !allowed) {
            throw new IllegalArgumentException(option + " applies only with " + needed);
        }
    }

    private boolean wasGiven(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }
}
