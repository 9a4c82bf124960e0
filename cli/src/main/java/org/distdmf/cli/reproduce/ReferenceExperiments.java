package org.distdmf.cli.reproduce;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distdmf.core.Progress;
import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.DensitySweepChart;
import org.distdmf.core.chart.GraphPicture;
import org.distdmf.core.chart.IterationChart;
import org.distdmf.core.chart.Series;
import org.distdmf.core.chart.SharpnessChart;
import org.distdmf.core.chart.SpectralRadiusChart;
import org.distdmf.core.graph.CommunicationGraph;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.EdgeListReader;
import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphSample;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingRule;
import org.distdmf.core.graph.SpectralSummary;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.MatrixCsv;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.problem.Standardisation;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.problem.TargetProblemBuilder;
import org.distdmf.core.problem.TargetProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.distdmf.core.stability.StabilityAnalysis;
import org.distdmf.core.stability.StabilityReport;
import org.distdmf.core.stability.StabilitySettings;
import org.distdmf.core.stability.StabilitySweep;
import org.distdmf.core.sweep.GraphDensitySweep;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.IterationFigures;
import org.distdmf.core.train.StepSizes;
import org.distdmf.core.train.TrainingResult;
import org.ejml.data.DMatrixRMaj;
import org.jfree.chart.JFreeChart;

/**
 * The reference experiments and a real-data experiment, each writing its tables and charts into its
 * own folder and a section of the report page.
 *
 * <ol>
 * <li>Learning-rate multipliers: {@code n = 20}, {@code d = 10}, {@code L = 20}, Erdos-Renyi
 * {@code p = 0.8} with isolated agents patched, Metropolis-Hastings weights, start {@code 1e-3} from
 * the ground truth, 100 iterations, {@code c} in {0.9, 1.3, 1.5}, sharpness tracked every iteration.</li>
 * <li>Graph density: {@code n = 10}, {@code d = 20}, {@code L = 20}, 200 iterations, {@code c = 1.2}, ten
 * Erdos-Renyi graphs with {@code p} evenly spaced from {@code ln(n)/n + 0.001} to 1.</li>
 * <li>Spectral radius of the linearised DGD map against {@code c} on the problem and graph of 1, with
 * the critical multiplier, next to short runs.</li>
 * <li>Real data: the 34-agent karate-club network and the 13 x 13 correlation matrix of the UCI wine
 * features as the target, observed through Gaussian sensing.</li>
 * </ol>
 */
final class ReferenceExperiments {

    /** Full reference sizes, or small ones for smoke tests. */
    enum Scale {
        FULL,
        QUICK
    }

    private static final int CHART_WIDTH = 960;
    private static final int CHART_HEIGHT = 560;

    private final Path out;
    private final long seed;
    private final int threads;
    private final Scale scale;
    private final Progress progress;

    ReferenceExperiments(Path out, long seed, int threads, Scale scale, Progress progress) {
        this.out = out;
        this.seed = seed;
        this.threads = threads;
        this.scale = scale;
        this.progress = progress;
    }

    private boolean quick() {
        return scale == Scale.QUICK;
    }

    /** Runs all four experiments and returns the report page. */
    Path runAll() throws IOException {
        Files.createDirectories(out);
        long start = System.nanoTime();
        List<ReportSection> sections = new ArrayList<>();

        Network network1 = erdosRenyiNetwork(quick() ? 6 : 20, 0.8, seed + 1);
        DmfProblem problem1 = SyntheticProblemGenerator.generate(
                SyntheticProblemSpec.reference(quick() ? 6 : 20, quick() ? 3 : 10, quick() ? 4 : 20, seed));
        sections.add(multipliers(problem1, network1, progress.slice(0, 0.35)));
        sections.add(density(progress.slice(0.35, 0.6)));
        sections.add(spectralRadius(problem1, network1, progress.slice(0.6, 0.8)));
        sections.add(realData(progress.slice(0.8, 1)));

        double minutes = (System.nanoTime() - start) / 60e9;
        Path page = out.resolve("index.html");
        ReportPage.write(page, "Distributed DMF: reference experiments",
                List.of(String.format("Seed %d, %d threads, %s sizes, %.1f minutes.", seed, threads,
                        quick() ? "quick (reduced)" : "reference", minutes),
                        "Learning rates are eta_i = c * eta_bar_i with eta_bar_i = (1 + lambda_min(V)) / lambda_max(H_i), "
                                + "lambda_max the exact largest eigenvalue of agent i's local Hessian at the ground truth "
                                + "(or at a balanced factorization of a data target)."),
                sections);
        progress.report(1, "report written to " + page);
        return page;
    }

    // ---- experiment 1 ----

    private ReportSection multipliers(DmfProblem problem, Network network, Progress step) throws IOException {
        Path folder = folder("experiment1");
        ReportSection section = new ReportSection("1. Learning-rate multipliers c", "experiment1");
        section.paragraph(String.format("%d agents, target %d x %d, depth %d, full-rank Gaussian ground truth, "
                + "tau_i ~ U(0.1, 0.9), Gaussian sensing. Erdos-Renyi p = 0.8 with isolated agents patched, "
                + "Metropolis-Hastings weights. Start 1e-3 from the ground truth along the top curvature direction.",
                problem.agentCount(), problem.rows(), problem.columns(), problem.depth()));
        writeProblem(folder, problem);
        writeNetwork(folder, network, section);

        double[] multipliers = {0.9, 1.3, 1.5};
        int iterations = quick() ? 20 : 100;
        List<Series> nmse = new ArrayList<>();
        List<Series> consensus = new ArrayList<>();
        section.detailColumns("c", "outcome", "final NMSE", "final consensus error", "eta_i / eta_bar_i",
                "Hessian-vector products");
        for (int k = 0; k < multipliers.length; k++) {
            double c = multipliers[k];
            DgdSettings settings = DgdSettings.reference(iterations, c, 1, threads, seed + 10 + k);
            TrainingResult result = DgdTrainer.train(problem, network.mixing, settings,
                    step.slice((double) k / multipliers.length, (k + 1.0) / multipliers.length));
            String label = "c = " + c;
            String tag = "c" + c;
            write(folder, "history_" + tag + ".csv", result.historyTable());
            write(folder, "agents_" + tag + ".csv", result.agentSummaryTable());
            nmse.add(Series.fromTable(label, result.historyTable(), "iteration", "nmse"));
            consensus.add(Series.fromTable(label, result.historyTable(), "iteration", "consensus_error"));
            chart(folder, "sharpness_" + tag, SharpnessChart.of("Sharpness per agent, " + label,
                    sharpnessSeries(result), stabilityLines(result), false));
            section.chart("sharpness_" + tag);
            section.detailRow(Double.toString(c), outcome(result), format(result.last().nmse()),
                    format(result.last().consensusError()), Double.toString(c), Long.toString(result.hessianProducts()));
            if (k == 0) {
                section.figure("eta_bar_i range", String.format("%.4g .. %.4g", min(result.bounds().bounds()),
                        max(result.bounds().bounds())));
                section.figure("lambda_max(H_i) range at the ground truth", String.format("%.4g .. %.4g",
                        min(result.bounds().sharpness()), max(result.bounds().sharpness())));
            }
        }
        chart(folder, "nmse", IterationChart.of("NMSE against iteration", "NMSE", nmse, true));
        chart(folder, "consensus_error", IterationChart.of("Consensus error against iteration", "consensus error",
                consensus, true));
        section.charts.add(0, "nmse");
        section.charts.add(1, "consensus_error");
        section.table("problem.csv").table("edges.csv").table("spectral_summary.csv");
        for (double c : multipliers) {
            section.table("history_c" + c + ".csv").table("agents_c" + c + ".csv");
        }
        return section;
    }

    private static List<Series> sharpnessSeries(TrainingResult result) {
        int n = result.stepSizes().length;
        List<Series> series = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<double[]> points = new ArrayList<>();
            for (IterationFigures figures : result.history()) {
                if (figures.sharpness() != null) {
                    points.add(new double[] {figures.iteration(), figures.sharpness()[i]});
                }
            }
            double[] x = new double[points.size()];
            double[] y = new double[points.size()];
            for (int k = 0; k < x.length; k++) {
                x[k] = points.get(k)[0];
                y[k] = points.get(k)[1];
            }
            series.add(new Series("agent " + i, x, y));
        }
        return series;
    }

    private static double[] stabilityLines(TrainingResult result) {
        double[] lines = new double[result.stepSizes().length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = (1 + result.bounds().lambdaMinMixing()) / result.stepSizes()[i];
        }
        return lines;
    }

    // ---- experiment 2 ----

    private ReportSection density(Progress step) throws IOException {
        Path folder = folder("experiment2");
        int agents = quick() ? 5 : 10;
        DmfProblem problem = SyntheticProblemGenerator.generate(
                SyntheticProblemSpec.reference(agents, quick() ? 3 : 20, quick() ? 4 : 20, seed + 100));
        writeProblem(folder, problem);
        double[] probabilities = GraphDensitySweep.referenceProbabilities(agents, quick() ? 4 : 10);
        DgdSettings settings = DgdSettings.reference(quick() ? 30 : 200, 1.2, 0, threads, seed + 101);

        List<GraphDensitySweep.Run> runs = GraphDensitySweep.run(problem, probabilities, ConnectivityPolicy.PATCH_ISOLATED,
                MixingRule.METROPOLIS_HASTINGS, settings, seed + 200, step);

        write(folder, "density_sweep.csv", GraphDensitySweep.toTable(runs));
        List<Series> nmse = new ArrayList<>();
        List<Series> consensus = new ArrayList<>();
        double[] finalNmse = new double[runs.size()];
        double[] finalConsensus = new double[runs.size()];
        ReportSection section = new ReportSection("2. Graph density", "experiment2");
        section.paragraph(String.format("%d agents, target %d x %d, depth %d, c = 1.2, %d iterations, one Erdos-Renyi graph "
                + "per p (isolated agents patched), Metropolis-Hastings weights.", agents, problem.rows(), problem.columns(),
                problem.depth(), settings.iterations()));
        section.detailColumns("p", "edges", "connected", "lambda_min(V)", "outcome", "final NMSE", "final consensus error");
        for (int k = 0; k < runs.size(); k++) {
            GraphDensitySweep.Run run = runs.get(k);
            String label = String.format("p = %.3f", run.probability());
            write(folder, String.format("history_p%.3f.csv", run.probability()), run.training().historyTable());
            nmse.add(Series.fromTable(label, run.training().historyTable(), "iteration", "nmse"));
            consensus.add(Series.fromTable(label, run.training().historyTable(), "iteration", "consensus_error"));
            finalNmse[k] = run.training().last().nmse();
            finalConsensus[k] = run.training().last().consensusError();
            section.detailRow(String.format("%.3f", run.probability()), Integer.toString(run.summary().edges()),
                    Boolean.toString(run.summary().connected()), format(run.summary().lambdaMinV()), outcome(run.training()),
                    format(finalNmse[k]), format(finalConsensus[k]));
        }
        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("final NMSE", finalNmse);
        figures.put("final consensus error", finalConsensus);
        chart(folder, "density_sweep", DensitySweepChart.of("Final NMSE and consensus error against edge probability p",
                probabilities, figures, true));
        chart(folder, "nmse", IterationChart.of("NMSE against iteration, one curve per p", "NMSE", nmse, true));
        chart(folder, "consensus_error", IterationChart.of("Consensus error against iteration, one curve per p",
                "consensus error", consensus, true));
        section.chart("density_sweep").chart("nmse").chart("consensus_error");
        section.table("problem.csv").table("density_sweep.csv");
        return section;
    }

    // ---- experiment 3 ----

    private ReportSection spectralRadius(DmfProblem problem, Network network, Progress step) throws IOException {
        Path folder = folder("experiment3");
        double[] multipliers = quick() ? new double[] {0.5, 1.0, 1.5, 2.0}
                : new double[] {0.25, 0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
        DgdSettings shortRuns = DgdSettings.reference(quick() ? 20 : 100, 1, 0, threads, seed + 300);
        StabilitySweep.Result sweep = StabilitySweep.overMultipliers(problem, network.mixing, multipliers, shortRuns, true,
                step);
        write(folder, "spectral_radius.csv", sweep.toTable());

        double cStar = sweep.criticalMultiplier().found() ? sweep.criticalMultiplier().value() : Double.NaN;
        chart(folder, "spectral_radius", SpectralRadiusChart.of("Spectral radius of the linearised DGD map at the ground truth",
                sweep.multipliers(), sweep.spectralRadii(), cStar, "multiplier c (eta_i = c * eta_bar_i)"));

        ReportSection section = new ReportSection("3. Spectral radius against c", "experiment3");
        section.paragraph("Problem and graph of experiment 1. rho(J) of J = V (x) I - D_eta H_blk at the ground truth, "
                + "matrix-free (Lanczos at both ends of the spectrum, since this map is symmetric), and the outcome of a short "
                + "DGD run at each c. A run can survive rho(J) > 1: once the iterates leave the ground truth, weight "
                + "decay lowers the sharpness below the stability line (compare the sharpness charts of experiment 1).");
        section.figure("lambda_min(V)", format(sweep.lambdaMinMixing()));
        section.figure("critical multiplier c*", sweep.criticalMultiplier().found()
                ? String.format("%.4f (bracket %.4f .. %.4f)", cStar, sweep.criticalMultiplier().lower(),
                        sweep.criticalMultiplier().upper())
                : sweep.criticalMultiplier().note());
        section.detailColumns("c", "rho(J)", "short run");
        for (StabilitySweep.Point point : sweep.points()) {
            String rho = format(point.spectralRadius()) + (point.spectralRadiusConverged() ? ""
                    : " (estimate: the eigen-solve stopped before its tolerance)");
            section.detailRow(Double.toString(point.multiplier()), rho, point.diverged()
                    ? "diverged at iteration " + point.divergenceIteration()
                    : "no divergence in " + shortRuns.iterations() + " iterations");
        }
        section.chart("spectral_radius").table("spectral_radius.csv");
        return section;
    }

    // ---- experiment 4 ----

    private ReportSection realData(Progress step) throws IOException {
        Path folder = folder("experiment4");
        CommunicationGraph graph;
        try (Reader in = resource("karate-club-edges.csv")) {
            graph = EdgeListReader.defaults().read(in, "karate-club-edges.csv");
        }
        DMatrixRMaj mixing = MixingMatrices.build(graph, MixingRule.METROPOLIS_HASTINGS);
        Network network = new Network(graph, mixing, true, SpectralSummary.of(graph, mixing));

        DMatrixRMaj wine;
        try (Reader in = resource("wine.csv")) {
            wine = MatrixCsv.withoutHeader().skipLines(1).columnIndices(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
                    .read(in, "wine.csv");
        }
        DMatrixRMaj target = MatrixCsv.correlation(wine);
        TargetProblemSpec spec = new TargetProblemSpec(graph.agentCount(), quick() ? 2 : 3, WidthSpec.fixed(13),
                Standardisation.NONE, ObservationSpec.gaussianSensing(), WeightDecaySpec.uniform(0.01, 0.05), seed + 400);
        DmfProblem problem = TargetProblemBuilder.build(target, spec);
        writeProblem(folder, problem);

        ReportSection section = new ReportSection("4. Real data: karate-club network, wine correlation target",
                "experiment4");
        section.paragraph(String.format("Zachary's karate-club network (34 agents, 78 edges) with Metropolis-Hastings "
                + "weights; target the 13 x 13 correlation matrix of the UCI wine features; depth %d, hidden width 13, "
                + "Gaussian sensing, tau_i ~ U(0.01, 0.05). Bounds are taken at a balanced factorization of the target, "
                + "which fits it exactly but is not the minimiser of the regularised loss.", problem.depth()));
        writeNetwork(folder, network, section);

        double[] multipliers = {0.9, 1.3};
        List<Series> nmse = new ArrayList<>();
        List<Series> consensus = new ArrayList<>();
        section.detailColumns("c", "outcome", "final NMSE", "final consensus error");
        for (int k = 0; k < multipliers.length; k++) {
            double c = multipliers[k];
            TrainingResult result = DgdTrainer.train(problem, mixing,
                    DgdSettings.reference(quick() ? 20 : 200, c, quick() ? 10 : 20, threads, seed + 410 + k),
                    step.slice(0.5 * k / multipliers.length, 0.5 * (k + 1) / multipliers.length));
            String tag = "c" + c;
            write(folder, "history_" + tag + ".csv", result.historyTable());
            write(folder, "agents_" + tag + ".csv", result.agentSummaryTable());
            nmse.add(Series.fromTable("c = " + c, result.historyTable(), "iteration", "nmse"));
            consensus.add(Series.fromTable("c = " + c, result.historyTable(), "iteration", "consensus_error"));
            section.detailRow(Double.toString(c), outcome(result), format(result.last().nmse()),
                    format(result.last().consensusError()));
            section.table("history_" + tag + ".csv").table("agents_" + tag + ".csv");
        }
        chart(folder, "nmse", IterationChart.of("NMSE against iteration (wine correlation)", "NMSE", nmse, true));
        chart(folder, "consensus_error", IterationChart.of("Consensus error against iteration (karate club)",
                "consensus error", consensus, true));

        StabilityReport report = StabilityAnalysis.check(problem, mixing, List.of(problem.referencePoint()),
                problem.referenceLabel(), StabilitySettings.defaults(StepSizes.multipleOfBound(1.0), threads, seed + 420),
                step.slice(0.5, 1));
        write(folder, "stability_per_agent.csv", report.agentTable());
        write(folder, "stability_summary.csv", report.summaryTable());
        section.figure("rho(J) at c = 1", format(report.spectralRadius().value()));
        section.figure("critical multiplier c*", report.criticalMultiplier().found()
                ? String.format("%.4f", report.criticalMultiplier().value()) : report.criticalMultiplier().note());
        section.figure("Hessian-vector products (stability check)", Long.toString(report.hessianProducts()));
        section.chart("nmse").chart("consensus_error");
        section.table("problem.csv").table("stability_per_agent.csv").table("stability_summary.csv");
        return section;
    }

    // ---- shared steps ----

    /** A graph, its mixing matrix and figures. */
    private record Network(CommunicationGraph graph, DMatrixRMaj mixing, boolean connected, SpectralSummary summary) {
    }

    private Network erdosRenyiNetwork(int agents, double p, long graphSeed) {
        GraphSample sample = GraphFactory.build(GraphSpec.erdosRenyi(agents, p), ConnectivityPolicy.PATCH_ISOLATED, graphSeed);
        DMatrixRMaj mixing = MixingMatrices.build(sample.graph(), MixingRule.METROPOLIS_HASTINGS);
        return new Network(sample.graph(), mixing, sample.connected(), SpectralSummary.of(sample.graph(), mixing));
    }

    private void writeNetwork(Path folder, Network network, ReportSection section) throws IOException {
        write(folder, "edges.csv", EdgeTables.toTable(network.graph, network.mixing));
        write(folder, "spectral_summary.csv", network.summary.toTable());
        ChartFiles.writePng(GraphPicture.render(network.graph.agentCount(), network.graph.edges(), 520, 520),
                folder.resolve("graph.png"));
        section.image("graph.png");
        section.figure("graph", String.format("%d agents, %d edges, %s, diameter %d, degrees %d .. %d",
                network.summary.agents(), network.summary.edges(), network.connected ? "connected" : "NOT connected",
                network.summary.diameter(), network.summary.minDegree(), network.summary.maxDegree()));
        section.figure("lambda_min(V)", format(network.summary.lambdaMinV()));
        section.figure("spectral gap", format(network.summary.spectralGap()));
    }

    private void writeProblem(Path folder, DmfProblem problem) throws IOException {
        write(folder, "problem.csv", ProblemTables.toLongTable(problem));
    }

    private Path folder(String name) throws IOException {
        Path folder = out.resolve(name);
        Files.createDirectories(folder);
        return folder;
    }

    private static void write(Path folder, String name, org.distdmf.core.table.ResultTable table) throws IOException {
        table.writeCsv(folder.resolve(name));
    }

    private static void chart(Path folder, String stem, JFreeChart chart) throws IOException {
        ChartFiles.writeBoth(chart, folder.resolve(stem), CHART_WIDTH, CHART_HEIGHT);
    }

    private static Reader resource(String name) throws IOException {
        InputStream stream = ReferenceExperiments.class.getResourceAsStream("/org/distdmf/cli/data/" + name);
        if (stream == null) {
            throw new IOException("bundled data set " + name + " is missing from the dmf jar");
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    private static String outcome(TrainingResult result) {
        return result.diverged() ? "diverged at iteration " + result.divergenceIteration()
                : "finished " + result.settings().iterations() + " iterations without divergence";
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%.4g", value);
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
