package org.distdmf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.IterationFigures;
import org.distdmf.core.train.TrainingResult;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf train}: one DGD run on a problem and graph, written as history, final factors and per-agent facts. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs decentralized gradient descent (DGD) with weight decay on the problem over the graph.",
                "Writes DIR/history.csv (iteration, nmse, consensus_error, objective, gradient_norm and, with "
                        + "--sharpness-every, sharpness_agent_<i>), DIR/factors.csv (agent, layer, row, column, value) "
                        + "and DIR/agents.csv (eta, eta_bound, ratio, lambda_max, stability_line, status per agent).",
                "Prints the outcome, and a warning when some eta_i is above its bound eta_bar_i."},
        footer = {"", "Example:",
                "  dmf train --problem problem.csv --edges edges.csv --iterations 100 --c 1.2 --out run"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", required = true, paramLabel = "FILE", description = "Problem CSV written by dmf generate.")
    Path problemFile;

    @Option(names = "--edges", required = true, paramLabel = "FILE",
            description = "Graph and mixing matrix: the edge table written by dmf graph.")
    Path edgesFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder; created if missing, files in it are overwritten.")
    Path out;

    @Option(names = "--iterations", defaultValue = "100", paramLabel = "N",
            description = "DGD iterations, 0 to 10000000; 0 evaluates the start only (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--rule", defaultValue = "cta", paramLabel = "RULE", description = TrainingOptions.UPDATE_RULE_HELP)
    String rule;

    @ArgGroup(exclusive = false, heading = "%nLearning rate (give exactly one of --c and --eta):%n")
    LearningRateOptions learningRate = new LearningRateOptions();

    @Mixin
    TrainingOptions training;

    @Option(names = "--sharpness-every", defaultValue = "0", paramLabel = "K",
            description = "Record each agent's sharpness lambda_max(H_i(theta_i)) every K iterations; 0 turns it off. "
                    + "Costs a Lanczos eigen-solve per agent each time (default: ${DEFAULT-VALUE}).")
    int sharpnessEvery;

    @Option(names = "--seed", defaultValue = "2024", paramLabel = "S",
            description = "Seed of the starting point and of the eigen-solvers' start vectors (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        DmfProblem problem = Inputs.problem("--problem", problemFile);
        MixingNetwork network = Inputs.network("--edges", edgesFile);
        Inputs.requireSameAgents(problem, problemFile, network, edgesFile);
        DgdSettings settings = training.settings(iterations, TrainingOptions.updateRule("--rule", rule),
                learningRate.stepSizes(problem.agentCount()), sharpnessEvery, run.threads(), seed);

        Outputs.folder("--out", out);

        TrainingResult result = DgdTrainer.train(problem, network.mixingMatrix(), settings, run.progress(spec));

        result.historyTable().writeCsv(out.resolve("history.csv"));
        result.factorsTable().writeCsv(out.resolve("factors.csv"));
        result.agentSummaryTable().writeCsv(out.resolve("agents.csv"));

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(outcome(result));
        String warning = boundWarning(result.stepSizes(), result.bounds().bounds());
        if (warning != null) {
            stdout.println(warning);
        }
        stdout.println("wrote history.csv, factors.csv, agents.csv to " + out);
        stdout.flush();
        return 0;
    }

    /** Returns the one-line outcome: diverged at which iteration and why, or the final figures. */
    static String outcome(TrainingResult result) {
        IterationFigures last = result.last();
        String figures = String.format("final NMSE %s, consensus error %.4g, objective %.6g",
                Double.isNaN(last.nmse()) ? "n/a (target unknown)" : String.format("%.4g", last.nmse()),
                last.consensusError(), last.objective());
        if (result.diverged()) {
            return "diverged at iteration " + result.divergenceIteration() + " (" + result.divergenceReason() + "); "
                    + "last recorded iteration " + last.iteration() + ": " + figures;
        }
        return "finished: no divergence in " + result.settings().iterations() + " iterations; " + figures;
    }

    /**
     * Returns a warning naming the agents whose learning rate is above their bound, or null when none is.
     * A ratio within 1e-9 of 1 (for example {@code --c 1}) counts as at the bound, not above it.
     */
    static String boundWarning(double[] stepSizes, double[] bounds) {
        int above = 0;
        int worst = -1;
        for (int i = 0; i < stepSizes.length; i++) {
            double ratio = stepSizes[i] / bounds[i];
            if (ratio > 1 + 1e-9) {
                above++;
                if (worst < 0 || ratio > stepSizes[worst] / bounds[worst]) {
                    worst = i;
                }
            }
        }
        if (above == 0) {
            return null;
        }
        return String.format("warning: %d of %d agents have eta_i above eta_bar_i = (1 + lambda_min(V)) / lambda_max(H_i); "
                + "the largest ratio eta_i / eta_bar_i is %.4g at agent %d (eta %.4g, bound %.4g)", above, stepSizes.length,
                stepSizes[worst] / bounds[worst], worst, stepSizes[worst], bounds[worst]);
    }
}
