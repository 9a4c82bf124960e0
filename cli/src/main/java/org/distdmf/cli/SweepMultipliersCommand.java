package org.distdmf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.SpectralRadiusChart;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.stability.CriticalMultiplier;
import org.distdmf.core.stability.StabilitySweep;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.StepSizes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf sweep multipliers}: rho(J) and a short DGD run for each multiplier c, with the critical multiplier. */
@Command(name = "multipliers", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"For each multiplier c (eta_i = c * eta_bar_i): the spectral radius rho(J) of the linearised DGD "
                + "map at the problem's reference point and the outcome of a short DGD run; then the critical "
                + "multiplier c*.",
                "Writes DIR/spectral_radius.csv (c, rho_J, rho_converged, converged, divergence_iteration, final_nmse, "
                        + "final_consensus_error), DIR/critical_multiplier.csv (lambda_min_V, critical_multiplier, "
                        + "critical_lower, critical_upper, note) and the chart DIR/spectral_radius.png and .svg."},
        footer = {"", "Example:",
                "  dmf sweep multipliers --problem problem.csv --edges edges.csv --c-range 0.5:2:0.25 --out sweep"})
public final class SweepMultipliersCommand implements Callable<Integer> {

    /** Multipliers swept when neither --c-values nor --c-range is given. */
    static final String DEFAULT_RANGE = "0.5:2:0.25";

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

    @Option(names = "--c-values", paramLabel = "C,C,...",
            description = "Multipliers c to sweep, comma-separated, each positive.")
    String values;

    @Option(names = "--c-range", paramLabel = "FROM:TO:STEP",
            description = "Multipliers from FROM to TO inclusive in steps of STEP (default when neither is given: "
                    + DEFAULT_RANGE + ").")
    String range;

    @Option(names = "--iterations", defaultValue = "100", paramLabel = "N",
            description = "Iterations of the short DGD run at each c (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--rule", defaultValue = "cta", paramLabel = "RULE", description = TrainingOptions.UPDATE_RULE_HELP)
    String rule;

    @Mixin
    TrainingOptions training;

    @Option(names = "--no-critical", description = "Skip the search for the critical multiplier c*.")
    boolean noCritical;

    @Option(names = "--seed", defaultValue = "2024", paramLabel = "S",
            description = "Seed of the runs' starting points and of the eigen-solvers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--width", defaultValue = "960", paramLabel = "PIXELS", description = "Chart width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "560", paramLabel = "PIXELS", description = "Chart height (default: ${DEFAULT-VALUE}).")
    int height;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        double[] multipliers = multipliers();
        DmfProblem problem = Inputs.problem("--problem", problemFile);
        MixingNetwork network = Inputs.network("--edges", edgesFile);
        Inputs.requireSameAgents(problem, problemFile, network, edgesFile);
        if (problem.referencePoint() == null) {
            throw new IllegalArgumentException("--problem " + problemFile + " has no reference point, which the sweep "
                    + "needs for eta_bar_i and rho(J)");
        }
        DgdSettings settings = training.settings(iterations, TrainingOptions.updateRule("--rule", rule),
                StepSizes.multipleOfBound(1), 0, run.threads(), seed);
        Checks.pixels("--width", width);
        Checks.pixels("--height", height);
        Outputs.folder("--out", out);

        StabilitySweep.Result sweep = StabilitySweep.overMultipliers(problem, network.mixingMatrix(), multipliers, settings,
                !noCritical, run.progress(spec));

        sweep.toTable().writeCsv(out.resolve("spectral_radius.csv"));
        criticalTable(sweep).writeCsv(out.resolve("critical_multiplier.csv"));
        CriticalMultiplier critical = sweep.criticalMultiplier();
        double cStar = critical != null && critical.found() ? critical.value() : Double.NaN;
        ChartFiles.writeBoth(SpectralRadiusChart.of("Spectral radius of the linearised DGD map at the "
                + problem.referenceLabel(), sweep.multipliers(), sweep.spectralRadii(), cStar, null),
                out.resolve("spectral_radius"), width, height);

        PrintWriter stdout = spec.commandLine().getOut();
        for (StabilitySweep.Point point : sweep.points()) {
            stdout.printf("c = %-8s rho(J) = %.6f  %s%n", point.multiplier(), point.spectralRadius(),
                    point.diverged() ? "diverged at iteration " + point.divergenceIteration()
                            : String.format("no divergence, final NMSE %.4g", point.finalNmse()));
        }
        stdout.println(StabilityCommand.criticalLine(critical));
        stdout.println("wrote spectral_radius.csv, critical_multiplier.csv, spectral_radius.png, spectral_radius.svg to "
                + out);
        stdout.flush();
        return 0;
    }

    private double[] multipliers() {
        if (values != null && range != null) {
            throw new IllegalArgumentException("--c-values " + values + " and --c-range " + range
                    + " are both given; give one of them");
        }
        double[] multipliers = values != null ? Checks.numberList("--c-values", values)
                : Checks.range("--c-range", range != null ? range : DEFAULT_RANGE);
        String option = values != null ? "--c-values" : "--c-range";
        for (double c : multipliers) {
            Checks.positive(option + " value", c);
        }
        return multipliers;
    }

    /** Returns the one-row table of the critical multiplier that {@code dmf chart --sweep --critical} reads. */
    static ResultTable criticalTable(StabilitySweep.Result sweep) {
        CriticalMultiplier critical = sweep.criticalMultiplier();
        ResultTable.Builder table = ResultTable.builder("critical_multiplier")
                .column("lambda_min_V", ColumnType.DOUBLE)
                .column("critical_multiplier", ColumnType.DOUBLE)
                .column("critical_lower", ColumnType.DOUBLE)
                .column("critical_upper", ColumnType.DOUBLE)
                .column("note", ColumnType.STRING);
        if (critical == null) {
            table.row(sweep.lambdaMinMixing(), null, null, null, "critical multiplier not searched");
        } else {
            table.row(sweep.lambdaMinMixing(), critical.found() ? critical.value() : null,
                    Double.isNaN(critical.lower()) ? null : critical.lower(),
                    Double.isNaN(critical.upper()) ? null : critical.upper(), critical.note());
        }
        return table.build();
    }
}
