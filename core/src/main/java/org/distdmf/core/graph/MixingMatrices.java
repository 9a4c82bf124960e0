package org.distdmf.core.graph;

import java.util.Objects;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Builds the mixing matrix {@code V} of a {@link MixingRule} on a {@link CommunicationGraph}, and
 * its powers for several consensus rounds per iteration.
 *
 * <p>Every built matrix is symmetric, its rows sum to 1 up to rounding, and it is zero between
 * agents that are not neighbours. On a graph without edges every rule returns the identity.
 */
public final class MixingMatrices {

    private MixingMatrices() {
    }

    /**
     * Builds the mixing matrix of {@code rule}.
     *
     * @throws IllegalArgumentException for {@link MixingRule#USER}, which needs the matrix itself:
     *     read it with {@link MixingMatrixReader} and pass it to {@link #user}
     */
    public static DMatrixRMaj build(CommunicationGraph graph, MixingRule rule) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(rule, "rule");
        switch (rule) {
            case METROPOLIS_HASTINGS:
                return metropolisHastings(graph);
            case MAX_DEGREE:
                return maxDegree(graph);
            case LAZY_METROPOLIS:
                return lazyMetropolis(graph);
            case BEST_CONSTANT:
                return bestConstant(graph);
            case USER:
                throw new IllegalArgumentException("Mixing rule " + rule + " has no formula: read the matrix with "
                        + "MixingMatrixReader and validate it with MixingMatrices.user");
            default:
                throw new AssertionError("Unhandled mixing rule " + rule);
        }
    }

    /**
     * Metropolis-Hastings weights {@code V_ij = 1 / (1 + max(deg_i, deg_j))} on each edge and
     * {@code V_ii = 1 - sum_{j != i} V_ij}. Every entry is non-negative and the diagonal is at
     * least {@code 1 / (1 + deg_i)}. Each agent can compute its row from its neighbours' degrees
     * alone.
     */
    public static DMatrixRMaj metropolisHastings(CommunicationGraph graph) {
        int n = graph.agentCount();
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            int degree = graph.degree(i);
            double offDiagonalSum = 0.0;
            for (int j : graph.neighbours(i)) {
                double weight = 1.0 / (1.0 + Math.max(degree, graph.degree(j)));
                v.unsafe_set(i, j, weight);
                offDiagonalSum += weight;
            }
            v.unsafe_set(i, i, 1.0 - offDiagonalSum);
        }
        return v;
    }

    /** Max-degree weights {@code V_ij = 1 / (1 + deg_max)} on each edge, diagonal {@code 1 - deg_i / (1 + deg_max)}. */
    public static DMatrixRMaj maxDegree(CommunicationGraph graph) {
        return identityMinusLaplacian(graph, 1.0 / (1.0 + graph.maxDegree()));
    }

    /** Lazy Metropolis weights {@code (I + V_MH) / 2}, which are positive semidefinite. */
    public static DMatrixRMaj lazyMetropolis(CommunicationGraph graph) {
        DMatrixRMaj v = metropolisHastings(graph);
        CommonOps_DDRM.scale(0.5, v);
        for (int i = 0; i < graph.agentCount(); i++) {
            v.unsafe_set(i, i, v.unsafe_get(i, i) + 0.5);
        }
        return v;
    }

    /**
     * Best constant edge weight {@code V = I - alpha L} with
     * {@code alpha = 2 / (lambda_max(L) + lambda_2(L))}, which minimises the spectral radius of
     * {@code V - 11^T / n} over all constant edge weights (Xiao and Boyd 2004).
     *
     * <p>The diagonal {@code 1 - alpha deg_i} is negative for agents whose degree exceeds
     * {@code 1 / alpha}, for example the hub of a star. Such a matrix is still symmetric with unit
     * row sums, but validate it with {@code allowNegativeDiagonal = true}.
     *
     * <p>On a disconnected graph {@code lambda_2(L)} is 0, so this method uses the smallest nonzero
     * Laplacian eigenvalue instead. Consensus then mixes within each component only, as every rule
     * does on such a graph. See {@link #bestConstantAlpha}.
     */
    public static DMatrixRMaj bestConstant(CommunicationGraph graph) {
        return identityMinusLaplacian(graph, bestConstantAlpha(graph));
    }

    /**
     * Returns {@code alpha = 2 / (lambda_max(L) + lambda_min+(L))}, where {@code lambda_min+} is
     * the smallest Laplacian eigenvalue above {@code 1e-9 * lambda_max(L)}. For a connected graph
     * that is the algebraic connectivity. Returns 0 for a graph without edges.
     */
    public static double bestConstantAlpha(CommunicationGraph graph) {
        if (graph.edgeCount() == 0) {
            return 0.0;
        }
        double[] eigenvalues = SymmetricEigenvalues.ascending(graph.laplacian());
        double largest = eigenvalues[eigenvalues.length - 1];
        double zeroThreshold = 1e-9 * largest;
        double smallestNonzero = largest;
        for (double eigenvalue : eigenvalues) {
            if (eigenvalue > zeroThreshold) {
                smallestNonzero = eigenvalue;
                break;
            }
        }
        return 2.0 / (largest + smallestNonzero);
    }

    /** Returns {@code I - weight * L}: {@code weight} on every edge and {@code 1 - weight * deg_i} on the diagonal. */
    private static DMatrixRMaj identityMinusLaplacian(CommunicationGraph graph, double weight) {
        int n = graph.agentCount();
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            int[] neighbours = graph.neighbours(i);
            for (int j : neighbours) {
                v.unsafe_set(i, j, weight);
            }
            v.unsafe_set(i, i, 1.0 - weight * neighbours.length);
        }
        return v;
    }

    /**
     * Validates a user-supplied mixing matrix against {@code graph} and returns a copy of it.
     *
     * @throws IllegalArgumentException as {@link MixingMatrixValidator#validate(DMatrixRMaj, CommunicationGraph, double)}
     */
    public static DMatrixRMaj user(CommunicationGraph graph, DMatrixRMaj v, double tolerance) {
        MixingMatrixValidator.validate(v, graph, tolerance);
        return v.copy();
    }

    /**
     * Returns {@code V^rounds}, the combined mixing of {@code rounds} consensus rounds in one
     * iteration, by repeated squaring.
     *
     * @throws IllegalArgumentException if {@code v} is not square or {@code rounds < 1}
     */
    public static DMatrixRMaj power(DMatrixRMaj v, int rounds) {
        Objects.requireNonNull(v, "v");
        if (v.numRows != v.numCols) {
            throw new IllegalArgumentException("Invalid mixing matrix shape " + v.numRows + " x " + v.numCols
                    + ": a matrix power needs a square matrix");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("Invalid rounds = " + rounds + ": use at least one consensus round");
        }
        DMatrixRMaj result = null;
        DMatrixRMaj square = v.copy();
        DMatrixRMaj scratch = new DMatrixRMaj(v.numRows, v.numCols);
        int remaining = rounds;
        while (true) {
            if ((remaining & 1) != 0) {
                if (result == null) {
                    result = square.copy();
                } else {
                    CommonOps_DDRM.mult(result, square, scratch);
                    result.setTo(scratch);
                }
            }
            remaining >>= 1;
            if (remaining == 0) {
                return result;
            }
            CommonOps_DDRM.mult(square, square, scratch);
            square.setTo(scratch);
        }
    }
}
