package org.distdmf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.GraphPicture;
import org.distdmf.core.graph.CommunicationGraph;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.EdgeListReader;
import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphFamily;
import org.distdmf.core.graph.GraphSample;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingMatrixReader;
import org.distdmf.core.graph.MixingRule;
import org.distdmf.core.graph.SpectralSummary;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmf graph}: a communication graph (drawn from a family, read from an edge list, or implied by
 * a user mixing matrix) and its mixing matrix, written as the edge table that train reads.
 */
@Command(name = "graph", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds the communication graph and its mixing matrix V and writes them as one edge table "
                + "(columns source,target,weight; one row per edge i < j with V_ij and one row (i, i, V_ii) per agent).",
                "The graph comes from a family (--family), from an edge list (--edges), or from the support of a "
                        + "user mixing matrix (--mixing-matrix)."},
        footer = {"", "Examples:",
                "  dmf graph --agents 20 --family erdos_renyi --p 0.8 --out edges.csv --picture graph.png",
                "  dmf graph --edges karate.csv --rule max_degree --out edges.csv",
                "  dmf graph --mixing-matrix V.csv --out edges.csv"})
public final class GraphCommand implements Callable<Integer> {

    static final Map<String, ConnectivityPolicy> POLICIES = new LinkedHashMap<>();

    static {
        POLICIES.put("resample", ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED);
        POLICIES.put("patch", ConnectivityPolicy.PATCH_ISOLATED);
        POLICIES.put("as_drawn", ConnectivityPolicy.AS_DRAWN);
    }

    /** Help text of the connectivity option. */
    static final String CONNECTIVITY_HELP = "What to do with a disconnected random graph: resample (draw again until "
            + "connected, at most --max-draws times), patch (link each isolated agent to its successor i+1 mod n, "
            + "as the reference experiments do; the graph may stay disconnected) or as_drawn (default: ${DEFAULT-VALUE}).";

    /** Help text of the connectivity option of {@code sweep density}, which has no --max-draws. */
    static final String SWEEP_CONNECTIVITY_HELP = "What to do with a disconnected random graph: resample (draw again "
            + "until connected, at most " + GraphFactory.DEFAULT_MAX_DRAWS + " times), patch (link each isolated agent "
            + "to its successor i+1 mod n, as the reference experiments do; the graph may stay disconnected) or "
            + "as_drawn (default: ${DEFAULT-VALUE}).";

    /** Help text of the mixing-rule option, shared with {@code sweep density}. */
    static final String RULE_HELP = "Mixing rule: metropolis_hastings (V_ij = 1 / (1 + max(deg_i, deg_j))), "
            + "max_degree (1 / (1 + deg_max)), lazy_metropolis ((I + V_MH) / 2) or best_constant "
            + "(I - alpha L, alpha = 2 / (lambda_max(L) + lambda_2(L))) (default: ${DEFAULT-VALUE}).";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Edge table CSV to write (source,target,weight with the diagonal).")
    Path out;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write one row of graph figures: agents, edges, connected, diameter, degrees, "
                    + "lambda_min(V), lambda_2(V), second largest eigenvalue modulus, spectral gap, algebraic connectivity.")
    Path summary;

    @Option(names = "--picture", paramLabel = "FILE",
            description = "Also write a PNG picture of the graph (agents on a circle); the name must end in .png.")
    Path picture;

    @Option(names = "--picture-size", defaultValue = "520", paramLabel = "PIXELS",
            description = "Width and height of the picture in pixels (default: ${DEFAULT-VALUE}).")
    int pictureSize;

    @Option(names = "--agents", defaultValue = "20", paramLabel = "N",
            description = {"Number of agents n, at least 2 (default: ${DEFAULT-VALUE}).",
                    "With --edges it fixes the count, so agents without edges can exist (default there: largest id + 1)."})
    int agents;

    @Option(names = "--family", defaultValue = "erdos_renyi", paramLabel = "NAME",
            description = "Graph family: complete, ring, path, star, grid, torus, erdos_renyi, random_regular, "
                    + "watts_strogatz, barabasi_albert, random_geometric (default: ${DEFAULT-VALUE}).")
    String family;

    @Option(names = "--p", defaultValue = "0.8", paramLabel = "P",
            description = "erdos_renyi: edge probability in [0, 1] (default: ${DEFAULT-VALUE}).")
    double p;

    @Option(names = "--k", defaultValue = "4", paramLabel = "K",
            description = "random_regular: degree; watts_strogatz: even lattice degree (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--beta", defaultValue = "0.1", paramLabel = "BETA",
            description = "watts_strogatz: rewiring probability in [0, 1] (default: ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--m0", defaultValue = "3", paramLabel = "M0",
            description = "barabasi_albert: size of the initial complete graph (default: ${DEFAULT-VALUE}).")
    int m0;

    @Option(names = "--m", defaultValue = "2", paramLabel = "M",
            description = "barabasi_albert: edges each new agent adds (default: ${DEFAULT-VALUE}).")
    int m;

    @Option(names = "--grid-rows", defaultValue = "0", paramLabel = "R",
            description = "grid, torus: rows; --agents must equal rows x columns (default: --agents / --grid-cols).")
    int gridRows;

    @Option(names = "--grid-cols", defaultValue = "0", paramLabel = "C",
            description = "grid, torus: columns (default: --agents / --grid-rows).")
    int gridCols;

    @Option(names = "--radius", defaultValue = "0.5", paramLabel = "R",
            description = "random_geometric: connection radius, in units of the side of the unit square "
                    + "(default: ${DEFAULT-VALUE}).")
    double radius;

    @Option(names = "--connectivity", defaultValue = "resample", paramLabel = "POLICY", description = CONNECTIVITY_HELP)
    String connectivity;

    @Option(names = "--max-draws", defaultValue = "1000", paramLabel = "N",
            description = "Most graphs drawn by --connectivity resample before giving up (default: ${DEFAULT-VALUE}).")
    int maxDraws;

    @Option(names = "--rule", defaultValue = "metropolis_hastings", paramLabel = "RULE", description = RULE_HELP)
    String rule;

    @Option(names = "--seed", defaultValue = "2024", paramLabel = "S",
            description = "Seed of the random graph draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--edges", paramLabel = "FILE",
            description = "Read the graph from an edge list CSV with a header and columns source,target "
                    + "(0-based agent ids, one undirected edge per line; other columns are ignored) instead of a family. "
                    + "An edge table written by dmf graph works too; --rule then replaces its weights.")
    Path edges;

    @Option(names = "--mixing-matrix", paramLabel = "FILE",
            description = "Use this n x n matrix as V (CSV, n lines of n numbers, optional header line). It must be "
                    + "symmetric, non-negative, with rows summing to 1 and zero between non-neighbours; the graph is "
                    + "--edges or, without it, the matrix's nonzero off-diagonal entries.")
    Path mixingMatrix;

    @Option(names = "--tolerance", defaultValue = "1e-9", paramLabel = "TOL",
            description = "--mixing-matrix: largest accepted asymmetry |V_ij - V_ji|, row-sum error |sum_j V_ij - 1| "
                    + "and negative entry (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() throws IOException {
        Checks.nonNegative("--tolerance", tolerance);
        Checks.atLeast("--picture-size", pictureSize, GraphPicture.MIN_SIDE);
        if (picture != null && !picture.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("--picture " + picture + ": the picture is a PNG image, so the file name "
                    + "must end in .png");
        }
        CommunicationGraph graph;
        DMatrixRMaj mixing;
        String origin;
        boolean fromFamily = edges == null && mixingMatrix == null;
        if (!fromFamily) {
            rejectFamilyOptions();
        }
        if (mixingMatrix != null) {
            rejectIfGiven("--rule", "it applies to generated weights, not to --mixing-matrix");
            DMatrixRMaj user = readMixingMatrix();
            graph = edges != null ? readEdges(user.numRows) : support(user);
            try {
                mixing = MixingMatrices.user(graph, user, tolerance);
            } catch (IllegalArgumentException e) {
                throw Checks.about("--mixing-matrix", mixingMatrix, e);
            }
            origin = "user matrix " + mixingMatrix + (edges != null ? " on the edges of " + edges : "");
        } else {
            MixingRule mixingRule = mixingRule(rule);
            if (edges != null) {
                graph = readEdges(wasGiven("--agents") ? Checks.atLeast("--agents", agents, 2) : 0);
                origin = "edge list " + edges;
            } else {
                GraphSample sample = drawGraph();
                graph = sample.graph();
                origin = sample.spec().describe() + describeDraw(sample);
            }
            mixing = MixingMatrices.build(graph, mixingRule);
            origin += ", " + mixingRule.id() + " weights";
        }

        Outputs.file("--out", out);
        if (summary != null) {
            Outputs.file("--summary", summary);
        }
        if (picture != null) {
            Outputs.file("--picture", picture);
        }
        SpectralSummary figures = SpectralSummary.of(graph, mixing);
        EdgeTables.toTable(graph, mixing).writeCsv(out);
        List<Path> written = new ArrayList<>(List.of(out));
        if (summary != null) {
            figures.toTable().writeCsv(summary);
            written.add(summary);
        }
        if (picture != null) {
            ChartFiles.writePng(GraphPicture.render(graph.agentCount(), graph.edges(), pictureSize, pictureSize), picture);
            written.add(picture);
        }

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("graph: %s; %d agents, %d edges, %s, degrees %d..%d, lambda_min(V) = %.6g, spectral gap = %.6g%n",
                origin, figures.agents(), figures.edges(),
                figures.connected() ? "connected, diameter " + figures.diameter() : "NOT connected",
                figures.minDegree(), figures.maxDegree(), figures.lambdaMinV(), figures.spectralGap());
        stdout.println("wrote " + joined(written));
        stdout.flush();
        return 0;
    }

    static MixingRule mixingRule(String text) {
        MixingRule parsed;
        try {
            parsed = MixingRule.fromId(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--rule must be one of metropolis_hastings, max_degree, lazy_metropolis, "
                    + "best_constant but is '" + text + "'", e);
        }
        if (parsed == MixingRule.USER) {
            throw new IllegalArgumentException("--rule user has no formula; give the matrix with --mixing-matrix FILE");
        }
        return parsed;
    }

    private GraphSample drawGraph() {
        GraphFamily graphFamily;
        try {
            graphFamily = GraphFamily.fromId(family);
        } catch (IllegalArgumentException e) {
            throw Checks.about("--family", family, e);
        }
        rejectUnusedParameters(graphFamily);
        ConnectivityPolicy policy = Checks.choice("--connectivity", connectivity, POLICIES);
        Checks.atLeast("--max-draws", maxDraws, 1);
        GraphSpec graphSpec;
        try {
            graphSpec = graphSpec(graphFamily);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--family " + graphFamily.id() + ": " + e.getMessage(), e);
        }
        return GraphFactory.build(graphSpec, policy, seed, maxDraws);
    }

    private GraphSpec graphSpec(GraphFamily graphFamily) {
        if (graphFamily != GraphFamily.GRID && graphFamily != GraphFamily.TORUS) {
            Checks.atLeast("--agents", agents, 2);
        }
        switch (graphFamily) {
            case COMPLETE:
                return GraphSpec.complete(agents);
            case RING:
                return GraphSpec.ring(agents);
            case PATH:
                return GraphSpec.path(agents);
            case STAR:
                return GraphSpec.star(agents);
            case GRID:
            case TORUS:
                int[] shape = gridShape();
                return graphFamily == GraphFamily.GRID ? GraphSpec.grid(shape[0], shape[1]) : GraphSpec.torus(shape[0], shape[1]);
            case ERDOS_RENYI:
                return GraphSpec.erdosRenyi(agents, p);
            case RANDOM_REGULAR:
                return GraphSpec.randomRegular(agents, k);
            case WATTS_STROGATZ:
                return GraphSpec.wattsStrogatz(agents, k, beta);
            case BARABASI_ALBERT:
                return GraphSpec.barabasiAlbert(agents, m0, m);
            case RANDOM_GEOMETRIC:
                return GraphSpec.randomGeometric(agents, radius);
            default:
                throw new AssertionError("Unhandled graph family " + graphFamily);
        }
    }

    /** Returns rows and columns of a grid: both given, or one given and the other {@code --agents} divided by it. */
    private int[] gridShape() {
        if (gridRows <= 0 && gridCols <= 0) {
            throw new IllegalArgumentException("--family grid and torus need --grid-rows or --grid-cols (or both)");
        }
        if (gridRows > 0 && gridCols > 0) {
            if (wasGiven("--agents") && gridRows * gridCols != agents) {
                throw new IllegalArgumentException("--agents " + agents + " must equal --grid-rows x --grid-cols = "
                        + gridRows + " x " + gridCols);
            }
            return new int[] {gridRows, gridCols};
        }
        String option = gridRows > 0 ? "--grid-rows" : "--grid-cols";
        int side = Math.max(gridRows, gridCols);
        if (agents % side != 0) {
            throw new IllegalArgumentException("--agents " + agents + " is not a multiple of " + option + " " + side
                    + "; give both --grid-rows and --grid-cols");
        }
        return gridRows > 0 ? new int[] {gridRows, agents / gridRows} : new int[] {agents / gridCols, gridCols};
    }

    /** Rejects a family parameter the chosen family does not read, so a typo in a script does not go unnoticed. */
    private void rejectUnusedParameters(GraphFamily graphFamily) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("--p", "p");
        parameters.put("--k", "k");
        parameters.put("--beta", "beta");
        parameters.put("--m0", "m0");
        parameters.put("--m", "m");
        parameters.put("--grid-rows", "rows");
        parameters.put("--grid-cols", "cols");
        parameters.put("--radius", "radius");
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (wasGiven(parameter.getKey()) && !graphFamily.parameterNames().contains(parameter.getValue())) {
                throw new IllegalArgumentException(parameter.getKey() + " does not apply to --family " + graphFamily.id()
                        + ", which reads " + graphFamily.parameterNames());
            }
        }
    }

    private void rejectFamilyOptions() {
        for (String option : List.of("--family", "--p", "--k", "--beta", "--m0", "--m", "--grid-rows", "--grid-cols",
                "--radius", "--connectivity", "--max-draws")) {
            rejectIfGiven(option, "the graph comes from " + (edges != null ? "--edges" : "--mixing-matrix")
                    + ", not from a family");
        }
    }

    private void rejectIfGiven(String option, String reason) {
        if (wasGiven(option)) {
            throw new IllegalArgumentException(option + " does not apply here: " + reason);
        }
    }

    private boolean wasGiven(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /**
     * Reads the graph of {@code --edges}: an edge list, or an edge table written by this command, which
     * has a weight column and diagonal rows {@code (i, i, V_ii)} that an edge list would reject as self
     * loops. {@code agentCount} 0 infers the count from the largest id.
     */
    private CommunicationGraph readEdges(int agentCount) throws IOException {
        if (isEdgeTable(edges)) {
            CommunicationGraph graph = Inputs.network("--edges", edges).graph();
            if (agentCount > 0 && graph.agentCount() != agentCount) {
                throw new IllegalArgumentException("--edges " + edges + " has " + graph.agentCount() + " agents but "
                        + (mixingMatrix != null ? "--mixing-matrix " + mixingMatrix : "--agents") + " gives " + agentCount);
            }
            return graph;
        }
        EdgeListReader reader = EdgeListReader.defaults();
        if (agentCount > 0) {
            reader = reader.withAgentCount(agentCount);
        }
        try {
            return reader.read(edges);
        } catch (IllegalArgumentException e) {
            throw Checks.about("--edges", edges, e);
        }
    }

    private static boolean isEdgeTable(Path file) throws IOException {
        ResultTable table = Inputs.table("--edges", file, Map.of(), ColumnType.STRING);
        int source = table.columnIndex("source");
        int target = table.columnIndex("target");
        if (source < 0 || target < 0 || table.columnIndex("weight") < 0) {
            return false;
        }
        for (int row = 0; row < table.rowCount(); row++) {
            Object from = table.cell(row, source);
            if (from != null && from.equals(table.cell(row, target))) {
                return true;
            }
        }
        return false;
    }

    private DMatrixRMaj readMixingMatrix() throws IOException {
        Inputs.existingFile("--mixing-matrix", mixingMatrix);
        DMatrixRMaj user;
        try {
            user = MixingMatrixReader.read(mixingMatrix);
        } catch (IllegalArgumentException e) {
            throw Checks.about("--mixing-matrix", mixingMatrix, e);
        }
        if (user.numRows < 2) {
            throw new IllegalArgumentException("--mixing-matrix " + mixingMatrix + " is " + user.numRows + " x "
                    + user.numCols + " but a communication graph needs at least 2 agents");
        }
        if (wasGiven("--agents") && agents != user.numRows) {
            throw new IllegalArgumentException("--agents is " + agents + " but --mixing-matrix " + mixingMatrix + " is "
                    + user.numRows + " x " + user.numCols);
        }
        return user;
    }

    /**
     * Returns the graph whose edges are the nonzero off-diagonal entries of {@code v} (either triangle),
     * so that an asymmetric entry is reported by the validator rather than hidden.
     */
    private static CommunicationGraph support(DMatrixRMaj v) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < v.numRows; i++) {
            for (int j = i + 1; j < v.numCols; j++) {
                if (v.get(i, j) != 0 || v.get(j, i) != 0) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return CommunicationGraph.fromEdges(v.numRows, pairs);
    }

    private static String describeDraw(GraphSample sample) {
        if (sample.draws() > 1) {
            return " after " + sample.draws() + " draws";
        }
        if (sample.patchedAgents() > 0) {
            return " with " + sample.patchedAgents() + " isolated agents patched";
        }
        return "";
    }

    private static String joined(List<Path> paths) {
        List<String> names = new ArrayList<>();
        for (Path path : paths) {
            names.add(path.toString());
        }
        return String.join(", ", names);
    }
}
