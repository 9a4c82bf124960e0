package org.distdmf.core.graph;

import java.util.Objects;

import org.ejml.data.DMatrixRMaj;

/**
 * Checks that a matrix is a valid mixing matrix for a communication graph: square of the graph's
 * size, finite, symmetric, non-negative, rows summing to 1, and zero between agents that are not
 * neighbours. Symmetry and unit row sums together make it doubly stochastic.
 *
 * <p>Each failed check throws an {@link IllegalArgumentException} that names the offending entry,
 * pair or row and its value. The checks run in the order listed, so the message reports the first
 * kind of defect found.
 */
public final class MixingMatrixValidator {

    /** Tolerance suited to matrices computed in double precision by {@link MixingMatrices}. */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    private MixingMatrixValidator() {
    }

    /**
     * Validates {@code v} against {@code graph}, rejecting every negative entry.
     *
     * @param tolerance the largest accepted asymmetry {@code |V_ij - V_ji|}, row-sum error
     *     {@code |sum_j V_ij - 1|} and negative excess {@code -V_ij}; entries between non-neighbours
     *     must be exactly zero
     * @throws IllegalArgumentException describing the first defect found
     */
    public static void validate(DMatrixRMaj v, CommunicationGraph graph, double tolerance) {
        validate(v, graph, tolerance, false);
    }

    /**
     * Validates {@code v} against {@code graph}.
     *
     * @param allowNegativeDiagonal accept negative diagonal entries. The best-constant rule of
     *     Xiao and Boyd (2004) produces them for agents of high degree. Off-diagonal entries must
     *     still be non-negative.
     * @throws IllegalArgumentException describing the first defect found
     */
    public static void validate(DMatrixRMaj v, CommunicationGraph graph, double tolerance,
            boolean allowNegativeDiagonal) {
        Objects.requireNonNull(graph, "graph");
        if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("Invalid tolerance = " + tolerance + ": it must be a finite number >= 0");
        }
        checkShape(v, graph.agentCount());
        checkFinite(v);
        checkSymmetric(v, tolerance);
        checkNonNegative(v, tolerance, allowNegativeDiagonal);
        checkRowSums(v, tolerance);
        checkSupport(v, graph);
    }

    static void checkShape(DMatrixRMaj v, int agentCount) {
        Objects.requireNonNull(v, "mixing matrix");
        if (v.numRows != agentCount || v.numCols != agentCount) {
            throw new IllegalArgumentException("Invalid mixing matrix shape " + v.numRows + " x " + v.numCols
                    + ": the graph has " + agentCount + " agents, so V must be " + agentCount + " x " + agentCount);
        }
    }

    static void checkFinite(DMatrixRMaj v) {
        for (int i = 0; i < v.numRows; i++) {
            for (int j = 0; j < v.numCols; j++) {
                double value = v.unsafe_get(i, j);
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("Invalid mixing matrix entry V(" + i + "," + j + ") = " + value
                            + ": every entry must be a finite number");
                }
            }
        }
    }

    /** Reports the pair with the largest asymmetry when it exceeds {@code tolerance}. */
    static void checkSymmetric(DMatrixRMaj v, double tolerance) {
        double worst = 0.0;
        int worstRow = -1;
        int worstCol = -1;
        for (int i = 0; i < v.numRows; i++) {
            for (int j = i + 1; j < v.numCols; j++) {
                double difference = Math.abs(v.unsafe_get(i, j) - v.unsafe_get(j, i));
                if (difference > worst) {
                    worst = difference;
                    worstRow = i;
                    worstCol = j;
                }
            }
        }
        if (worst > tolerance) {
            throw new IllegalArgumentException("Invalid mixing matrix: not symmetric, V(" + worstRow + "," + worstCol
                    + ") = " + v.unsafe_get(worstRow, worstCol) + " but V(" + worstCol + "," + worstRow + ") = "
                    + v.unsafe_get(worstCol, worstRow) + ", a difference of " + worst + " (tolerance " + tolerance + ")");
        }
    }

    private static void checkNonNegative(DMatrixRMaj v, double tolerance, boolean allowNegativeDiagonal) {
        for (int i = 0; i < v.numRows; i++) {
            for (int j = 0; j < v.numCols; j++) {
                if (i == j && allowNegativeDiagonal) {
                    continue;
                }
                double value = v.unsafe_get(i, j);
                if (value < -tolerance) {
                    throw new IllegalArgumentException("Invalid mixing matrix entry V(" + i + "," + j + ") = " + value
                            + ": entries must be non-negative (tolerance " + tolerance + ")");
                }
            }
        }
    }

    private static void checkRowSums(DMatrixRMaj v, double tolerance) {
        for (int i = 0; i < v.numRows; i++) {
            double sum = 0.0;
            for (int j = 0; j < v.numCols; j++) {
                sum += v.unsafe_get(i, j);
            }
            if (Math.abs(sum - 1.0) > tolerance) {
                throw new IllegalArgumentException("Invalid mixing matrix row " + i + ": it sums to " + sum
                        + " but every row must sum to 1 (tolerance " + tolerance + ")");
            }
        }
    }

    /** Rejects a nonzero entry between two agents that are not neighbours. */
    static void checkSupport(DMatrixRMaj v, CommunicationGraph graph) {
        for (int i = 0; i < v.numRows; i++) {
            for (int j = 0; j < v.numCols; j++) {
                double value = v.unsafe_get(i, j);
                if (i != j && value != 0.0 && !graph.hasEdge(i, j)) {
                    throw new IllegalArgumentException("Invalid mixing matrix entry V(" + i + "," + j + ") = " + value
                            + ": agents " + i + " and " + j + " are not neighbours in the graph, so the entry must be 0");
                }
            }
        }
    }
}
