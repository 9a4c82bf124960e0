package org.distdmf.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.distdmf.core.Progress;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphSample;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingRule;
import org.distdmf.core.graph.SpectralSummary;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Observation;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.distdmf.core.stability.StabilityAnalysis;
import org.distdmf.core.stability.StabilityReport;
import org.distdmf.core.stability.StabilitySettings;
import org.distdmf.core.stability.StabilitySweep;
import org.distdmf.core.sweep.GraphDensitySweep;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.Initialisation;
import org.distdmf.core.train.StepSizes;
import org.distdmf.core.train.TrainingResult;
import org.distdmf.core.train.UpdateRule;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code dmf} lines of {@code examples/pipeline.sh} in-process, then checks every file
 * against the engine called directly with the same inputs. The engine runs with one thread and the
 * command line with every processor, so equal numbers also show that threads do not change results.
 */
class PipelineScriptTest {

    private static final Path SCRIPT = Path.of("examples", "pipeline.sh");

    @TempDir
    static Path out;

    private static final Map<String, Dmf.Result> RESULTS = new HashMap<>();

    private static DmfProblem problem;
    private static DMatrixRMaj mixing;

    @BeforeAll
    static void runScript() throws IOException {
        List<List<String>> commands = dmfCommands(Files.readAllLines(SCRIPT), out);
        assertEquals(13, commands.size(), "dmf lines in " + SCRIPT);
        for (List<String> command : commands) {
            Dmf.Result result = Dmf.ok(command.toArray(String[]::new));
            RESULTS.put(outputOf(command), result);
        }

        problem = SyntheticProblemGenerator.generate(new SyntheticProblemSpec(4, 3, 3, 3, WidthSpec.uniform(3, 9), 0,
                new ObservationSpec(Observation.SENSING, 0, 0.5, 0.0), WeightDecaySpec.uniform(0.1, 0.9), 7));
        GraphSample graph = GraphFactory.build(GraphSpec.erdosRenyi(4, 0.8), ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED, 8,
                1000);
        mixing = MixingMatrices.build(graph.graph(), MixingRule.METROPOLIS_HASTINGS);
    }

    /**
     * Returns the argument lists of the script's {@code "$DMF" ...} lines, with continuation lines
     * joined, {@code $OUT} replaced by {@code folder} and the quotes removed.
     */
    static List<List<String>> dmfCommands(List<String> script, Path folder) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script) {
            String trimmed = line.strip();
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            joined.add(current.toString());
            current.setLength(0);
        }
        List<List<String>> commands = new ArrayList<>();
        for (String line : joined) {
            if (!line.startsWith("\"$DMF\" ")) {
                continue;
            }
            List<String> args = new ArrayList<>();
            for (String token : line.substring("\"$DMF\" ".length()).trim().split("\\s+")) {
                String arg = token.replace("\"", "").replace("$OUT", folder.toString());
                assertFalse(arg.contains("$"), "unexpanded variable in script argument " + token);
                args.add(arg);
            }
            commands.add(args);
        }
        return commands;
    }

    private static String outputOf(List<String> command) {
        return command.get(command.indexOf("--out") + 1);
    }

    private static Dmf.Result resultFor(String relativeOut) {
        return RESULTS.get(out.resolve(relativeOut).toString());
    }

    private static DgdSettings reference(int iterations, StepSizes stepSizes, int sharpnessEvery) {
        return new DgdSettings(iterations, UpdateRule.COMBINE_THEN_ADAPT, 1, stepSizes,
                new Initialisation(Initialisation.Kind.NEAR_REFERENCE, 1e-3, Initialisation.Direction.TOP_CURVATURE, true),
                sharpnessEvery, 1e4, 1e-6, 1, 2024);
    }

    @Test
    void readmeShowsTheScript() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int start = readme.indexOf("## A complete pipeline");
        assertTrue(start >= 0, "README.md has the pipeline section");
        int end = start + 1;
        while (end < readme.size() && !readme.get(end).startsWith("## ")) {
            end++;
        }
        assertEquals(dmfCommands(Files.readAllLines(SCRIPT), out), dmfCommands(readme.subList(start, end), out));
    }

    @Test
    void problemFileEqualsGenerator() {
        Path file = out.resolve("problem.csv");
        assertEquals("kind,agent,layer,row,column,value", Dmf.header(file));
        assertEquals(Dmf.csv(ProblemTables.toLongTable(problem)), Dmf.read(file));
        assertEquals(Dmf.csv(ProblemTables.agentSummary(problem)), Dmf.read(out.resolve("problem_agents.csv")));
    }

    @Test
    void graphFilesEqualFactory() throws IOException {
        GraphSample graph = GraphFactory.build(GraphSpec.erdosRenyi(4, 0.8), ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED, 8,
                1000);
        assertEquals("source,target,weight", Dmf.header(out.resolve("edges.csv")));
        assertEquals(Dmf.csv(EdgeTables.toTable(graph.graph(), mixing)), Dmf.read(out.resolve("edges.csv")));
        assertEquals(Dmf.csv(SpectralSummary.of(graph.graph(), mixing).toTable()),
                Dmf.read(out.resolve("graph_summary.csv")));
        byte[] png = Files.readAllBytes(out.resolve("graph.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }

    @Test
    void historyEqualsTrainer() {
        TrainingResult expected = DgdTrainer.train(problem, mixing, reference(30, StepSizes.multipleOfBound(0.9), 0),
                Progress.NONE);
        Path history = out.resolve("train_c0.9/history.csv");
        assertEquals("iteration,nmse,consensus_error,objective,gradient_norm", Dmf.header(history));
        assertEquals(Dmf.csv(expected.historyTable()), Dmf.read(history));
        assertEquals(Dmf.csv(expected.factorsTable()), Dmf.read(out.resolve("train_c0.9/factors.csv")));
        assertEquals(Dmf.csv(expected.agentSummaryTable()), Dmf.read(out.resolve("train_c0.9/agents.csv")));

        List<String> rows = Dmf.read(history).lines().toList();
        assertEquals(32, rows.size(), "header and iterations 0..30");
        double finalNmse = Double.parseDouble(rows.get(31).split(",")[1]);
        assertEquals(expected.last().nmse(), finalNmse, 0.0);

        String stdout = resultFor("train_c0.9").out();
        assertTrue(stdout.startsWith("finished: no divergence in 30 iterations"), stdout);
        assertFalse(stdout.contains("warning"), stdout);
    }

    @Test
    void sharpnessHistoryEqualsTrainer() {
        TrainingResult expected = DgdTrainer.train(problem, mixing, reference(30, StepSizes.multipleOfBound(1.5), 5),
                Progress.NONE);
        Path history = out.resolve("train_c1.5/history.csv");
        assertEquals("iteration,nmse,consensus_error,objective,gradient_norm,"
                + "sharpness_agent_0,sharpness_agent_1,sharpness_agent_2,sharpness_agent_3", Dmf.header(history));
        assertEquals(Dmf.csv(expected.historyTable()), Dmf.read(history));
        assertEquals("agent,eta,eta_bound,ratio,lambda_max,stability_line,status,divergence_iteration",
                Dmf.header(out.resolve("train_c1.5/agents.csv")));
        assertEquals(Dmf.csv(expected.agentSummaryTable()), Dmf.read(out.resolve("train_c1.5/agents.csv")));

        String stdout = resultFor("train_c1.5").out();
        assertTrue(stdout.contains("warning: 4 of 4 agents have eta_i above eta_bar_i"), stdout);
        assertTrue(stdout.contains("the largest ratio eta_i / eta_bar_i is 1.500"), stdout);
    }

    @Test
    void stabilityEqualsAnalysis() {
        StabilityReport expected = StabilityAnalysis.check(problem, mixing, List.of(problem.referencePoint()),
                problem.referenceLabel(), new StabilitySettings(StepSizes.multipleOfBound(1), UpdateRule.COMBINE_THEN_ADAPT,
                        1, 1e-8, true, 64, 1e-3, 1, 2024), Progress.NONE);
        assertEquals("agent,lambda_max,lambda_max_reference_convention,eta_bound,eta,ratio,stability_line,verdict",
                Dmf.header(out.resolve("stability/stability_per_agent.csv")));
        assertEquals(Dmf.csv(expected.agentTable()), Dmf.read(out.resolve("stability/stability_per_agent.csv")));
        assertEquals("lambda_min_V,rho_J,rho_dominant_real,rho_dominant_imaginary,rho_converged,locally_stable,"
                + "critical_multiplier,critical_lower,critical_upper,hessian_vector_products,point,note",
                Dmf.header(out.resolve("stability/stability_summary.csv")));
        assertEquals(Dmf.csv(expected.summaryTable()), Dmf.read(out.resolve("stability/stability_summary.csv")));

        String stdout = resultFor("stability").out();
        assertTrue(stdout.contains(String.format("rho(J) = %.6f at ground truth", expected.spectralRadius().value())),
                stdout);
        assertTrue(stdout.contains(String.format("c* = %.6f", expected.criticalMultiplier().value())), stdout);
    }

    @Test
    void stabilityAtTrainedFactors() throws IOException {
        TrainingResult trained = DgdTrainer.train(problem, mixing, reference(30, StepSizes.multipleOfBound(0.9), 0),
                Progress.NONE);
        StabilityReport expected = StabilityAnalysis.check(problem, mixing, trained.finalFactors(), "trained",
                new StabilitySettings(StepSizes.multipleOfBound(0.9), UpdateRule.COMBINE_THEN_ADAPT, 1, 1e-8, false, 64, 1e-3,
                        1, 2024), Progress.NONE);
        ResultTable summary = ResultTable.readCsv(out.resolve("stability_trained/stability_summary.csv"),
                Map.of("rho_J", ColumnType.DOUBLE));
        assertEquals(expected.spectralRadius().value(), summary.doubleColumn("rho_J")[0], 0.0);
        assertEquals("factors from " + out.resolve("train_c0.9/factors.csv"), summary.cell(0, summary.requireColumn("point")));
        assertTrue(resultFor("stability_trained").out().contains("c* not searched (--no-critical)"));
    }

    @Test
    void multiplierSweepEqualsEngine() {
        StabilitySweep.Result expected = StabilitySweep.overMultipliers(problem, mixing, new double[] {0.5, 1, 1.5},
                reference(20, StepSizes.multipleOfBound(1), 0), true, Progress.NONE);
        Path table = out.resolve("sweep_c/spectral_radius.csv");
        assertEquals("c,rho_J,rho_converged,converged,divergence_iteration,final_nmse,final_consensus_error",
                Dmf.header(table));
        assertEquals(Dmf.csv(expected.toTable()), Dmf.read(table));
        assertEquals("lambda_min_V,critical_multiplier,critical_lower,critical_upper,note",
                Dmf.header(out.resolve("sweep_c/critical_multiplier.csv")));
        assertEquals(Dmf.csv(SweepMultipliersCommand.criticalTable(expected)),
                Dmf.read(out.resolve("sweep_c/critical_multiplier.csv")));
        assertChartWritten(out.resolve("sweep_c/spectral_radius"));
    }

    @Test
    void densitySweepEqualsEngine() {
        double[] probabilities = GraphDensitySweep.referenceProbabilities(4, 3);
        DgdSettings settings = reference(20, StepSizes.multipleOfBound(1.2), 0);
        List<GraphDensitySweep.Run> expected = GraphDensitySweep.run(problem, probabilities,
                ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED, MixingRule.METROPOLIS_HASTINGS, settings, 2024, Progress.NONE);
        Path table = out.resolve("sweep_p/density_sweep.csv");
        assertEquals("p,edges,connected,lambda_min_V,spectral_gap,diverged,divergence_iteration,final_nmse,"
                + "final_consensus_error", Dmf.header(table));
        assertEquals(Dmf.csv(GraphDensitySweep.toTable(expected)), Dmf.read(table));
        for (GraphDensitySweep.Run run : expected) {
            Path history = out.resolve("sweep_p").resolve(String.format(java.util.Locale.ROOT, "history_p%.3f.csv",
                    run.probability()));
            assertEquals(Dmf.csv(run.training().historyTable()), Dmf.read(history));
        }
        assertChartWritten(out.resolve("sweep_p/density_sweep"));
    }

    @Test
    void chartsWritten() {
        for (String stem : List.of("nmse", "consensus_error", "sharpness_c1.5", "spectral_radius", "density")) {
            assertChartWritten(out.resolve("charts").resolve(stem));
        }
        String svg = Dmf.read(out.resolve("charts/nmse.svg"));
        assertTrue(svg.contains("c=0.9"), "legend label c=0.9 in nmse.svg");
        assertTrue(svg.contains("c=1.5"), "legend label c=1.5 in nmse.svg");
        String defaultLabels = Dmf.read(out.resolve("charts/consensus_error.svg"));
        assertTrue(defaultLabels.contains("train_c0.9/history"), "folder-qualified default label");
    }

    private static void assertChartWritten(Path stem) {
        Path png = stem.resolveSibling(stem.getFileName() + ".png");
        Path svg = stem.resolveSibling(stem.getFileName() + ".svg");
        assertTrue(Files.isRegularFile(png), png + " exists");
        assertTrue(Files.isRegularFile(svg), svg + " exists");
        try {
            byte[] bytes = Files.readAllBytes(png);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), png + " is a PNG");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(Dmf.read(svg).contains("<svg"), svg + " is an SVG");
    }
}
