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
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.MixingRule;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.sweep.GraphDensitySweep;
import org.distdmf.core.train.DgdSettings;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf sweep density}: one DGD run per Erdos-Renyi edge probability p. */
@Command(name = "density", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains the problem over Erdos-Renyi graphs G(n, p) of increasing edge probability p, "
                + "graph k drawn with seed --graph-seed + k.",
                "Writes DIR/density_sweep.csv (p, edges, connected, lambda_min_V, spectral_gap, diverged, "
                        + "divergence_iteration, final_nmse, final_consensus_error), DIR/history_p<p>.csv per graph and "
                        + "the chart DIR/density_sweep.png and .svg."},
        footer = {"", "Example:",
                "  dmf sweep density --problem problem.csv --p-count 10 --iterations 200 --c 1.2 --out density"})
public final class SweepDensityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", required = true, paramLabel = "FILE", description = "Problem CSV written by dmf generate.")
    Path problemFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder; created if missing, files in it are overwritten.")
    Path out;

    @Option(names = "--p-values", paramLabel = "P,P,...",
            description = "Edge probabilities to sweep, comma-separated, each in [0, 1].")
    String values;

    @Option(names = "--p-count", defaultValue = "10", paramLabel = "N",
            description = "Without --p-values: N probabilities evenly spaced from ln(n)/n + 0.001 to 1, the grid of the "
                    + "reference experiments (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--connectivity", defaultValue = "resample", paramLabel = "POLICY",
            description = GraphCommand.SWEEP_CONNECTIVITY_HELP)
    String connectivity;

    @Option(names = "--rule", defaultValue = "metropolis_hastings", paramLabel = "RULE",
            description = GraphCommand.RULE_HELP)
    String rule;

    @Option(names = "--update-rule", defaultValue = "cta", paramLabel = "RULE",
            description = TrainingOptions.UPDATE_RULE_HELP)
    String updateRule;

    @Option(names = "--iterations", defaultValue = "200", paramLabel = "N",
            description = "DGD iterations per graph, at most 10000000 (default: ${DEFAULT-VALUE}).")
    int iterations;

    @ArgGroup(exclusive = false, heading = "%nLearning rate (give exactly one of --c and --eta):%n")
    LearningRateOptions learningRate = new LearningRateOptions();

    @Mixin
    TrainingOptions training;

    @Option(names = "--seed", defaultValue = "2024", paramLabel = "S",
            description = "Seed of the runs' starting points and of the eigen-solvers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--graph-seed", defaultValue = "2024", paramLabel = "S",
            description = "Graph k of the sweep is drawn with seed S + k (default: ${DEFAULT-VALUE}).")
    long graphSeed;

    @Option(names = "--width", defaultValue = "960", paramLabel = "PIXELS", description = "Chart width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "560", paramLabel = "PIXELS", description = "Chart height (default: ${DEFAULT-VALUE}).")
    int height;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        DmfProblem problem = Inputs.problem("--problem", problemFile);
        double[] probabilities = probabilities(problem.agentCount());
        ConnectivityPolicy policy = Checks.choice("--connectivity", connectivity, GraphCommand.POLICIES);
        MixingRule mixingRule = GraphCommand.mixingRule(rule);
        DgdSettings settings = training.settings(iterations, TrainingOptions.updateRule("--update-rule", updateRule),
                learningRate.stepSizes(problem.agentCount()), 0, run.threads(), seed);
        Checks.pixels("--width", width);
        Checks.pixels("--height", height);
        Outputs.folder("--out", out);

        List<GraphDensitySweep.Run> runs = GraphDensitySweep.run(problem, probabilities, policy, mixingRule, settings,
                graphSeed, run.progress(spec));

        GraphDensitySweep.toTable(runs).writeCsv(out.resolve("density_sweep.csv"));
        double[] finalNmse = new double[runs.size()];
        double[] finalConsensus = new double[runs.size()];
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> historyNames = historyNames(probabilities);
        for (int k = 0; k < runs.size(); k++) {
            GraphDensitySweep.Run graphRun = runs.get(k);
            graphRun.training().historyTable().writeCsv(out.resolve(historyNames.get(k)));
            finalNmse[k] = graphRun.training().last().nmse();
            finalConsensus[k] = graphRun.training().last().consensusError();
            stdout.printf("p = %.4f: %d edges, %s, %s%n", graphRun.probability(), graphRun.summary().edges(),
                    graphRun.summary().connected() ? "connected" : "NOT connected",
                    TrainCommand.outcome(graphRun.training()));
        }
        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("final NMSE", finalNmse);
        figures.put("final consensus error", finalConsensus);
        ChartFiles.writeBoth(DensitySweepChart.of("Final NMSE and consensus error against edge probability p",
                probabilities, figures, true), out.resolve("density_sweep"), width, height);
        stdout.println("wrote density_sweep.csv, history_p<p>.csv, density_sweep.png, density_sweep.svg to " + out);
        stdout.flush();
        return 0;
    }

    /**
     * Returns the history file name of each graph, for example {@code history_p0.330.csv}; when two
     * probabilities round to the same name, every name also gets the graph's index.
     */
    static List<String> historyNames(double[] probabilities) {
        List<String> names = new ArrayList<>();
        for (double p : probabilities) {
            names.add(String.format(Locale.ROOT, "history_p%.3f.csv", p));
        }
        if (new HashSet<>(names).size() < names.size()) {
            for (int k = 0; k < names.size(); k++) {
                names.set(k, String.format(Locale.ROOT, "history_%d_p%.3f.csv", k, probabilities[k]));
            }
        }
        return names;
    }

    private double[] probabilities(int agents) {
        if (values != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--p-count")) {
                throw new IllegalArgumentException("--p-values " + values + " and --p-count " + count
                        + " are both given; give one of them");
            }
            double[] p = Checks.numberList("--p-values", values);
            for (double value : p) {
                if (!(value >= 0 && value <= 1)) {
                    throw new IllegalArgumentException("--p-values " + values + ": edge probability " + value
                            + " is outside [0, 1]");
                }
            }
            return p;
        }
        Checks.atLeast("--p-count", count, 2);
        return GraphDensitySweep.referenceProbabilities(agents, count);
    }
}
