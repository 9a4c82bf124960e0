package org.distdmf.core.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;

/**
 * Figures of a communication graph and its mixing matrix {@code V} that decide how fast consensus
 * mixes and how large a DGD learning rate stays stable.
 *
 * <p>For a symmetric doubly stochastic {@code V} the largest eigenvalue is 1. Disagreement between
 * agents shrinks by the factor {@code slem} per consensus round, and the DGD stability bound
 * {@code eta_i < (1 + lambda_min(V)) / lambda_max(H_i)} depends on {@code lambdaMinV}.
 *
 * @param agents the number of agents
 * @param edges the number of undirected edges
 * @param connected whether the graph is connected
 * @param diameter the graph diameter in hops, or -1 when the graph is not connected
 * @param minDegree the smallest degree
 * @param maxDegree the largest degree
 * @param lambdaMinV the smallest eigenvalue of {@code V}
 * @param lambda2V the second largest eigenvalue of {@code V}, counted with multiplicity; it is 1
 *     when the graph is disconnected
 * @param slem the second largest eigenvalue modulus {@code max(|lambda_2(V)|, |lambda_min(V)|)}
 * @param spectralGap {@code 1 - slem}
 * @param algebraicConnectivity the second smallest eigenvalue of the graph Laplacian, 0 exactly when
 *     the graph is disconnected (up to rounding)
 */
public record SpectralSummary(int agents, int edges, boolean connected, int diameter, int minDegree, int maxDegree,
        double lambdaMinV, double lambda2V, double slem, double spectralGap, double algebraicConnectivity) {

    /** Name of the table returned by {@link #toTable()}. */
    public static final String TABLE_NAME = "graph_summary";

    /** Tolerance of the symmetry check in {@link #of}; looser than validation, because only the eigen-solve needs it. */
    private static final double SYMMETRY_TOLERANCE = 1e-9;

    /**
     * Computes the summary with EJML's symmetric eigen-decomposition of {@code V} and of the
     * graph Laplacian.
     *
     * @throws IllegalArgumentException if {@code v} is not {@code n x n}, has a non-finite entry
     *     or is not symmetric within {@code 1e-9}
     */
    public static SpectralSummary of(CommunicationGraph graph, DMatrixRMaj v) {
        Objects.requireNonNull(graph, "graph");
        MixingMatrixValidator.checkShape(v, graph.agentCount());
        MixingMatrixValidator.checkFinite(v);
        MixingMatrixValidator.checkSymmetric(v, SYMMETRY_TOLERANCE);

        double[] mixingEigenvalues = SymmetricEigenvalues.ascending(v);
        int n = mixingEigenvalues.length;
        double lambdaMin = mixingEigenvalues[0];
        double lambda2 = mixingEigenvalues[n - 2];
        double slem = Math.max(Math.abs(lambda2), Math.abs(lambdaMin));

        double[] laplacianEigenvalues = SymmetricEigenvalues.ascending(graph.laplacian());

        return new SpectralSummary(graph.agentCount(), graph.edgeCount(), graph.isConnected(), graph.diameter(),
                graph.minDegree(), graph.maxDegree(), lambdaMin, lambda2, slem, 1.0 - slem, laplacianEigenvalues[1]);
    }

    /**
     * Returns the column names and types of {@link #toTable()}, in order: {@code agents},
     * {@code edges}, {@code connected}, {@code diameter}, {@code min_degree}, {@code max_degree},
     * {@code lambda_min_V}, {@code lambda_2_V}, {@code slem}, {@code spectral_gap},
     * {@code algebraic_connectivity}.
     */
    public static Map<String, ColumnType> columnTypes() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("agents", ColumnType.INTEGER);
        columns.put("edges", ColumnType.INTEGER);
        columns.put("connected", ColumnType.BOOLEAN);
        columns.put("diameter", ColumnType.INTEGER);
        columns.put("min_degree", ColumnType.INTEGER);
        columns.put("max_degree", ColumnType.INTEGER);
        columns.put("lambda_min_V", ColumnType.DOUBLE);
        columns.put("lambda_2_V", ColumnType.DOUBLE);
        columns.put("slem", ColumnType.DOUBLE);
        columns.put("spectral_gap", ColumnType.DOUBLE);
        columns.put("algebraic_connectivity", ColumnType.DOUBLE);
        return columns;
    }

    /**
     * Returns a one-row table with the columns of {@link #columnTypes()}. The {@code diameter}
     * cell is a missing value when the graph is disconnected.
     */
    public ResultTable toTable() {
        ResultTable.Builder builder = ResultTable.builder(TABLE_NAME);
        columnTypes().forEach(builder::column);
        builder.row(agents, edges, connected, diameter < 0 ? null : diameter, minDegree, maxDegree,
                lambdaMinV, lambda2V, slem, spectralGap, algebraicConnectivity);
        return builder.build();
    }
}
