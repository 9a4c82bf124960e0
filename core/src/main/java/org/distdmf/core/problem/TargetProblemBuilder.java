package org.distdmf.core.problem;

import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;

/**
 * Builds a problem around a given target matrix. The reference point is a balanced factorization of
 * the (rescaled) target, exact when every hidden width is at least the target's rank.
 *
 * <p>Draws come from one {@link Random} seeded with the spec's seed: hidden widths, weight decays,
 * then each agent's operator and noise.
 */
public final class TargetProblemBuilder {

    private TargetProblemBuilder() {
    }

    /**
     * Builds the problem.
     *
     * @throws IllegalArgumentException when the target is empty or has a non-finite entry (named by row and column)
     */
    public static DmfProblem build(DMatrixRMaj target, TargetProblemSpec spec) {
        if (target.numRows == 0 || target.numCols == 0) {
            throw new IllegalArgumentException("target matrix is empty (" + target.numRows + " x " + target.numCols + ")");
        }
        for (int r = 0; r < target.numRows; r++) {
            for (int c = 0; c < target.numCols; c++) {
                if (!Double.isFinite(target.get(r, c))) {
                    throw new IllegalArgumentException("target matrix has the non-finite value " + target.get(r, c)
                            + " at row " + r + ", column " + c);
                }
            }
        }
        if (org.ejml.dense.row.NormOps_DDRM.normF(target) == 0) {
            throw new IllegalArgumentException("target matrix is all zeros, so NMSE (which divides by ||X*||) is undefined; "
                    + "choose columns with non-zero values");
        }
        int measurements = spec.observations().measurementsPerAgent() == 0 ? target.numRows
                : spec.observations().measurementsPerAgent();
        MemoryEstimate.checkProblem(spec.agents(), target.numRows, target.numCols, measurements);

        DMatrixRMaj scaled = spec.standardisation().apply(target);
        Random random = new Random(spec.seed());
        int[] widths = spec.hiddenWidths().widths(scaled.numRows, scaled.numCols, spec.depth(), random);
        MemoryEstimate.checkTraining(spec.agents(), widths);
        Factorization reference = BalancedFactorization.of(scaled, widths);

        double[] weightDecays = spec.weightDecay().sample(spec.agents(), random);
        List<AgentData> agents = AgentObservations.draw(scaled, spec.observations(), weightDecays, random);
        return new DmfProblem(widths, agents, scaled, reference, "balanced factorization");
    }
}
