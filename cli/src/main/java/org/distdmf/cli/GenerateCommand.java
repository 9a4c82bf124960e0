package org.distdmf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.MatrixCsv;
import org.distdmf.core.problem.Observation;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.problem.Standardisation;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.problem.TargetProblemBuilder;
import org.distdmf.core.problem.TargetProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.ejml.data.DMatrixRMaj;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf generate}: a synthetic problem or one built around a target read from CSV, written as the problem CSV. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates a distributed deep matrix factorization problem and writes it as one long CSV "
                + "(columns kind,agent,layer,row,column,value) that train, stability and sweep read.",
                "Synthetic: a Gaussian ground truth X* = W*_L ... W*_1. With --target-csv: the target is read "
                        + "from a numeric CSV and the reference point is a balanced factorization of it."},
        footer = {"", "Examples:",
                "  dmf generate --agents 20 --rows 10 --depth 20 --out problem.csv",
                "  dmf generate --target-csv wine.csv --skip-lines 1 --no-header --correlation --depth 3 "
                        + "--hidden-widths 13 --out wine-problem.csv"})
public final class GenerateCommand implements Callable<Integer> {

    private static final Map<String, Observation> OBSERVATIONS = new LinkedHashMap<>();
    private static final Map<String, Standardisation> STANDARDISATIONS = new LinkedHashMap<>();

    static {
        OBSERVATIONS.put("sensing", Observation.SENSING);
        OBSERVATIONS.put("identity", Observation.IDENTITY);
        OBSERVATIONS.put("mask", Observation.MASK);
        STANDARDISATIONS.put("none", Standardisation.NONE);
        STANDARDISATIONS.put("columns", Standardisation.STANDARDIZE_COLUMNS);
        STANDARDISATIONS.put("frobenius", Standardisation.UNIT_FROBENIUS_NORM);
    }

    /**
     * Largest accepted depth. The memory estimate does not catch a large depth with small widths, but a
     * depth above this is almost certainly a typo.
     */
    static final int MAX_DEPTH = 10_000;

    /** Widths printed in full; beyond this many the summary line shows the first few and the count. */
    static final int PRINTED_WIDTHS = 8;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Problem CSV to write; parent folders are created, an existing file is overwritten.")
    Path out;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write one row per agent: observation, measurement rows k_i, weight decay tau_i, "
                    + "norm of its measurements, observed fraction.")
    Path summary;

    @Option(names = "--agents", defaultValue = "20", paramLabel = "N",
            description = "Number of agents n, at least 2 (default: ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--rows", defaultValue = "10", paramLabel = "M",
            description = "Synthetic only: rows m of the target X* (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--columns", paramLabel = "P|A,B,...",
            description = {"Synthetic: columns p of the target X* (default: same as --rows).",
                    "With --target-csv: the CSV columns that form the target, comma-separated, by header name or, "
                            + "with --no-header, by 0-based index (default: all columns)."})
    String columns;

    @Option(names = "--depth", defaultValue = "20", paramLabel = "L",
            description = "Number of layers L of the factorization X = W_L ... W_1, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--hidden-widths", paramLabel = "SPEC",
            description = "Hidden widths d_1 .. d_(L-1): one width (20), a range drawn uniformly per layer (10:30) "
                    + "or a list of L-1 widths (12,15,20) (default: the range d:3d with d = max(m, p)).")
    String hiddenWidths;

    @Option(names = "--rank", defaultValue = "0", paramLabel = "R",
            description = "Synthetic only: keep the top R singular triplets of each ground-truth factor, "
                    + "0 to min(M, P); 0 for full rank (default: ${DEFAULT-VALUE}).")
    int rank;

    @Option(names = "--observation", defaultValue = "sensing", paramLabel = "KIND",
            description = "How agents observe X*: sensing (Y_i = A_i X* + E_i, A_i Gaussian with entries N(0, 1/m)), "
                    + "identity (Y_i = X* + E_i) or mask (Y_i = M_i .* (X* + E_i), a random 0/1 mask) "
                    + "(default: ${DEFAULT-VALUE}).")
    String observation;

    @Option(names = "--measurements", defaultValue = "0", paramLabel = "K",
            description = "Sensing only: rows k_i of each A_i; 0 means m (default: ${DEFAULT-VALUE}).")
    int measurements;

    @Option(names = "--observed-fraction", defaultValue = "0.5", paramLabel = "F",
            description = "Mask only: probability in (0, 1] that an entry is observed (default: ${DEFAULT-VALUE}).")
    double observedFraction;

    @Option(names = "--noise", defaultValue = "0", paramLabel = "SIGMA",
            description = "Standard deviation of the Gaussian noise E_i, in units of the target's entries; "
                    + "0 for none (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--weight-decay", defaultValue = "0.1:0.9", paramLabel = "SPEC",
            description = "Weight decay tau_i >= 0 per agent: one value (0.5), a range drawn uniformly per agent "
                    + "(0.1:0.9) or a list with one value per agent (0.1,0.2,...) (default: ${DEFAULT-VALUE}).")
    String weightDecay;

    @Option(names = "--seed", defaultValue = "2024", paramLabel = "S",
            description = "Seed of every random draw: widths, ground truth, weight decays, operators, noise "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--target-csv", paramLabel = "FILE",
            description = "Build the problem around the numeric matrix in this CSV instead of a synthetic ground truth.")
    Path targetCsv;

    @Option(names = "--no-header", description = "With --target-csv: the CSV has no header line; --columns gives indices.")
    boolean noHeader;

    @Option(names = "--skip-lines", defaultValue = "0", paramLabel = "N",
            description = "With --target-csv: lines to skip before the header or first row (default: ${DEFAULT-VALUE}).")
    int skipLines;

    @Option(names = "--standardise", defaultValue = "none", paramLabel = "HOW",
            description = "With --target-csv: rescale the target first: none, columns (each column to mean 0 and "
                    + "standard deviation 1) or frobenius (whole matrix to Frobenius norm 1) (default: ${DEFAULT-VALUE}).")
    String standardise;

    @Option(names = "--correlation",
            description = "With --target-csv: use the Pearson correlation matrix of the selected columns as the target.")
    boolean correlation;

    @Override
    public Integer call() throws IOException {
        Checks.atLeast("--agents", agents, 2);
        Checks.atLeast("--depth", depth, 1);
        Checks.atMost("--depth", depth, MAX_DEPTH);
        Checks.atLeast("--measurements", measurements, 0);
        Checks.nonNegative("--noise", noise);
        if (!(observedFraction > 0 && observedFraction <= 1)) {
            throw new IllegalArgumentException("--observed-fraction must be in (0, 1] but is " + observedFraction);
        }
        Observation kind = Checks.choice("--observation", observation, OBSERVATIONS);
        if (kind != Observation.MASK && wasGiven("--observed-fraction")) {
            throw new IllegalArgumentException("--observed-fraction " + observedFraction + " applies only to "
                    + "--observation mask, not to " + observation);
        }
        if (kind != Observation.SENSING && wasGiven("--measurements")) {
            throw new IllegalArgumentException("--measurements " + measurements + " sets the rows of the sensing "
                    + "matrices A_i, so it applies only to --observation sensing, not to " + observation);
        }
        ObservationSpec observations = new ObservationSpec(kind, measurements, observedFraction, noise);
        WeightDecaySpec decays = parse("--weight-decay", weightDecay, WeightDecaySpec::parse);
        if (weightDecay.contains(",") && weightDecay.split(",").length != agents) {
            throw new IllegalArgumentException("--weight-decay " + weightDecay + " lists " + weightDecay.split(",").length
                    + " values but --agents is " + agents + "; give one value per agent, one value or a range");
        }

        DmfProblem problem = targetCsv == null ? synthetic(observations, decays) : fromTarget(observations, decays);

        Outputs.file("--out", out);
        if (summary != null) {
            Outputs.file("--summary", summary);
        }

        ProblemTables.toLongTable(problem).writeCsv(out);
        if (summary != null) {
            ProblemTables.agentSummary(problem).writeCsv(summary);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("problem: %d agents, target %d x %d, depth %d, widths %s, %d parameters per agent, reference point %s%n",
                problem.agentCount(), problem.rows(), problem.columns(), problem.depth(), describeWidths(problem.widths()),
                problem.parameterCount(), problem.referenceLabel());
        stdout.println("wrote " + out + (summary != null ? " and " + summary : ""));
        stdout.flush();
        return 0;
    }

    private DmfProblem synthetic(ObservationSpec observations, WeightDecaySpec decays) {
        rejectWithoutTarget("--no-header", "--skip-lines", "--standardise", "--correlation");
        Checks.atLeast("--rows", rows, 1);
        int columnCount = rows;
        if (columns != null) {
            try {
                columnCount = Integer.parseInt(columns.trim());
            } catch (NumberFormatException e) {
                throw new NotANumberException("--columns must be the number of target columns without --target-csv, "
                        + "but is '" + columns + "'", e);
            }
            Checks.atLeast("--columns", columnCount, 1);
        }
        Checks.atLeast("--rank", rank, 0);
        if (rank > Math.min(rows, columnCount)) {
            throw new IllegalArgumentException("--rank " + rank + " exceeds min(--rows, --columns) = "
                    + Math.min(rows, columnCount) + ", the largest rank of a " + rows + " x " + columnCount
                    + " target; give 0 for full rank or a rank up to " + Math.min(rows, columnCount));
        }
        WidthSpec widths = widths(rows, columnCount);
        return SyntheticProblemGenerator.generate(new SyntheticProblemSpec(agents, rows, columnCount, depth, widths, rank,
                observations, decays, seed));
    }

    private DmfProblem fromTarget(ObservationSpec observations, WeightDecaySpec decays) throws IOException {
        rejectWithTarget("--rows", "--rank");
        Checks.atLeast("--skip-lines", skipLines, 0);
        Inputs.existingFile("--target-csv", targetCsv);
        MatrixCsv reader = (noHeader ? MatrixCsv.withoutHeader() : MatrixCsv.withHeader()).skipLines(skipLines);
        if (columns != null) {
            List<String> selected = Checks.list("--columns", columns, name -> name);
            if (noHeader) {
                int[] indices = new int[selected.size()];
                for (int c = 0; c < indices.length; c++) {
                    try {
                        indices[c] = Integer.parseInt(selected.get(c));
                    } catch (NumberFormatException e) {
                        throw new NotANumberException("--columns with --no-header takes 0-based column indices, but '"
                                + selected.get(c) + "' in '" + columns + "' is not an integer", e);
                    }
                    Checks.atLeast("--columns index", indices[c], 0);
                }
                reader = reader.columnIndices(indices);
            } else {
                reader = reader.columns(selected);
            }
        }
        DMatrixRMaj data;
        try {
            data = reader.read(targetCsv);
        } catch (IllegalArgumentException e) {
            throw Checks.about("--target-csv", targetCsv, e);
        }
        DMatrixRMaj target = correlation ? MatrixCsv.correlation(data) : data;
        Standardisation scaling = Checks.choice("--standardise", standardise, STANDARDISATIONS);
        TargetProblemSpec targetSpec = new TargetProblemSpec(agents, depth, widths(target.numRows, target.numCols), scaling,
                observations, decays, seed);
        return TargetProblemBuilder.build(target, targetSpec);
    }

    private WidthSpec widths(int rowCount, int columnCount) {
        if (hiddenWidths == null) {
            int size = Math.max(rowCount, columnCount);
            return WidthSpec.uniform(size, 3 * size);
        }
        WidthSpec widths = parse("--hidden-widths", hiddenWidths, WidthSpec::parse);
        if (hiddenWidths.contains(",") && hiddenWidths.split(",").length != depth - 1) {
            throw new IllegalArgumentException("--hidden-widths " + hiddenWidths + " lists " + hiddenWidths.split(",").length
                    + " widths but --depth " + depth + " needs " + (depth - 1));
        }
        return widths;
    }

    private static <T> T parse(String option, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            IllegalArgumentException named = Checks.about(option, text, e);
            if (e.getCause() instanceof NumberFormatException) {
                throw new NotANumberException(named.getMessage(), e);
            }
            throw named;
        }
    }

    /** Returns the widths as {@code [d_0, ..., d_L]}, or for a deep problem the first few, the last and the count. */
    static String describeWidths(int[] widths) {
        if (widths.length <= PRINTED_WIDTHS) {
            return Arrays.toString(widths);
        }
        StringBuilder text = new StringBuilder("[");
        for (int l = 0; l < PRINTED_WIDTHS - 2; l++) {
            text.append(widths[l]).append(", ");
        }
        return text.append("..., ").append(widths[widths.length - 1]).append("] (").append(widths.length)
                .append(" widths d_0 .. d_L)").toString();
    }

    private boolean wasGiven(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private void rejectWithoutTarget(String... options) {
        for (String option : options) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new IllegalArgumentException(option + " applies only with --target-csv");
            }
        }
    }

    private void rejectWithTarget(String... options) {
        for (String option : options) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new IllegalArgumentException(option + " applies only to synthetic problems, not with --target-csv "
                        + targetCsv + ", whose shape the CSV fixes");
            }
        }
    }
}
