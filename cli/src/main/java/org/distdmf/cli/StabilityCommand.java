package org.distdmf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.stability.CriticalMultiplier;
import org.distdmf.core.stability.StabilityAnalysis;
import org.distdmf.core.stability.StabilityReport;
import org.distdmf.core.stability.StabilitySettings;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.FactorTables;
import org.distdmf.core.train.StepSizes;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf stability}: the learning-rate condition, rho(J) of the linearised DGD map and the critical multiplier. */
@Command(name = "stability", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks the DGD learning-rate condition eta_i < eta_bar_i = (1 + lambda_min(V)) / lambda_max(H_i) "
                + "at a point: each agent's sharpness and bound, the spectral radius rho(J) of the linearised map "
                + "J = V (x) I - D_eta H_blk (locally stable when rho(J) < 1), and the critical multiplier c*, the "
                + "smallest c with rho(J(c * eta_bar)) >= 1.",
                "The point is the problem's reference point (ground truth or balanced factorization), or each agent's "
                        + "factors from --factors.",
                "Writes DIR/stability_per_agent.csv and DIR/stability_summary.csv; prints rho(J) and c*."},
        footer = {"", "Example:",
                "  dmf stability --problem problem.csv --edges edges.csv --c 1 --out stability"})
public final class StabilityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", required = true, paramLabel = "FILE", description = "Problem CSV written by dmf generate.")
    Path problemFile;

    @Option(names = "--edges", required = true, paramLabel = "FILE",
            description = "Graph and mixing matrix: the edge table written by dmf graph.")
    Path edgesFile;

    @Option(names = "--factors", paramLabel = "FILE",
            description = "Take each agent's Hessian at its factors in this CSV (factors.csv of dmf train: agent, layer, "
                    + "row, column, value) instead of at the reference point.")
    Path factorsFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder; created if missing, files in it are overwritten.")
    Path out;

    @ArgGroup(exclusive = false, heading = "%nLearning rate (give exactly one of --c and --eta):%n")
    LearningRateOptions learningRate = new LearningRateOptions();

    @Option(names = "--rule", defaultValue = "cta", paramLabel = "RULE", description = TrainingOptions.UPDATE_RULE_HELP)
    String rule;

    @Option(names = "--rounds", defaultValue = "1", paramLabel = "T",
            description = "Consensus rounds per iteration: the combine step applies V^T (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--tolerance", defaultValue = "1e-8", paramLabel = "TOL",
            description = "Relative tolerance of the eigen-solves for lambda_max(H_i) and rho(J) (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--no-critical", description = "Skip the search for the critical multiplier c* (it costs several "
            + "spectral-radius solves).")
    boolean noCritical;

    @Option(names = "--max-c", defaultValue = "64", paramLabel = "C",
            description = "Largest multiplier the c* search tries, above 1 (default: ${DEFAULT-VALUE}).")
    double maxMultiplier;

    @Option(names = "--seed", defaultValue = "2024", paramLabel = "S",
            description = "Seed of the eigen-solvers' random start vectors (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        DmfProblem problem = Inputs.problem("--problem", problemFile);
        MixingNetwork network = Inputs.network("--edges", edgesFile);
        Inputs.requireSameAgents(problem, problemFile, network, edgesFile);
        StepSizes stepSizes = learningRate.stepSizes(problem.agentCount());
        Checks.atLeast("--rounds", rounds, 1);
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("--tolerance must be in (0, 1) but is " + tolerance);
        }
        if (!(maxMultiplier > 1) || Double.isInfinite(maxMultiplier)) {
            throw new IllegalArgumentException("--max-c must be finite and above 1 but is " + maxMultiplier);
        }

        List<Factorization> points;
        String label;
        if (factorsFile != null) {
            points = factors(problem);
            label = "factors from " + factorsFile;
        } else {
            if (problem.referencePoint() == null) {
                throw new IllegalArgumentException("--problem " + problemFile + " has no reference point; give each "
                        + "agent's factors with --factors");
            }
            points = List.of(problem.referencePoint());
            label = problem.referenceLabel();
        }
        StabilitySettings settings = new StabilitySettings(stepSizes, TrainingOptions.updateRule("--rule", rule), rounds,
                tolerance, !noCritical, maxMultiplier, 1e-3, run.threads(), seed);

        Outputs.folder("--out", out);

        StabilityReport report = StabilityAnalysis.check(problem, network.mixingMatrix(), points, label, settings,
                run.progress(spec));

        report.agentTable().writeCsv(out.resolve("stability_per_agent.csv"));
        report.summaryTable().writeCsv(out.resolve("stability_summary.csv"));

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("rho(J) = %.6f at %s: %s%s%n", report.spectralRadius().value(), label,
                report.locallyStable() ? "locally stable (rho(J) < 1)" : "NOT locally stable (rho(J) >= 1)",
                report.spectralRadius().converged() ? "" : " [eigen-solver did not reach the tolerance]");
        stdout.println(criticalLine(report.criticalMultiplier()));
        String warning = TrainCommand.boundWarning(report.stepSizes(), report.bounds().bounds());
        if (warning != null) {
            stdout.println(warning);
        }
        stdout.println("wrote stability_per_agent.csv, stability_summary.csv to " + out);
        stdout.flush();
        return 0;
    }

    static String criticalLine(CriticalMultiplier critical) {
        if (critical == null) {
            return "c* not searched (--no-critical)";
        }
        if (!critical.found()) {
            return "c* not found: " + critical.note();
        }
        return String.format("c* = %.6f (rho(J) crosses 1 between c = %.6f and %.6f)", critical.value(), critical.lower(),
                critical.upper());
    }

    private List<Factorization> factors(DmfProblem problem) throws IOException {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("agent", ColumnType.INTEGER);
        types.put("layer", ColumnType.INTEGER);
        types.put("row", ColumnType.INTEGER);
        types.put("column", ColumnType.INTEGER);
        types.put("value", ColumnType.DOUBLE);
        ResultTable table = Inputs.table("--factors", factorsFile, types, ColumnType.STRING);
        try {
            return FactorTables.fromTable(table, problem.widths(), problem.agentCount());
        } catch (IllegalArgumentException e) {
            throw Checks.about("--factors", factorsFile, e);
        }
    }
}
