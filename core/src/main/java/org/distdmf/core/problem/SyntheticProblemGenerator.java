package org.distdmf.core.problem;

import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Generates a synthetic problem: Gaussian ground-truth factors {@code W*_l} with i.i.d.
 * {@code N(0, 1/d_(l-1))} entries (the variance keeps the product's scale independent of depth),
 * optionally truncated to their top singular triplets, {@code X* = W*_L ... W*_1}, and per-agent
 * observations of {@code X*}.
 *
 * <p>All draws come from one {@link Random} seeded with the spec's seed, in this order: hidden widths,
 * ground-truth factors, weight decays, then each agent's operator and noise.
 */
public final class SyntheticProblemGenerator {

    private SyntheticProblemGenerator() {
    }

    public static DmfProblem generate(SyntheticProblemSpec spec) {
        MemoryEstimate.checkProblem(spec.agents(), spec.rows(), spec.columns(),
                spec.observations().measurementsPerAgent() == 0 ? spec.rows() : spec.observations().measurementsPerAgent());
        Random random = new Random(spec.seed());

        int[] widths = spec.hiddenWidths().widths(spec.rows(), spec.columns(), spec.depth(), random);
        MemoryEstimate.checkTraining(spec.agents(), widths);
        Factorization groundTruth = Factorization.zeros(widths);
        for (int l = 0; l < groundTruth.depth(); l++) {
            DMatrixRMaj layer = groundTruth.layer(l);
            double scale = 1.0 / Math.sqrt(layer.numCols);
            for (int k = 0; k < layer.getNumElements(); k++) {
                layer.data[k] = scale * random.nextGaussian();
            }
            if (spec.rank() > 0 && spec.rank() < Math.min(layer.numRows, layer.numCols)) {
                truncate(layer, spec.rank());
            }
        }
        DMatrixRMaj target = groundTruth.product();

        double[] weightDecays = spec.weightDecay().sample(spec.agents(), random);
        List<AgentData> agents = AgentObservations.draw(target, spec.observations(), weightDecays, random);
        return new DmfProblem(widths, agents, target, groundTruth, "ground truth");
    }

    /** Keeps the top {@code rank} singular triplets of {@code matrix}, in place. */
    private static void truncate(DMatrixRMaj matrix, int rank) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(matrix.numRows, matrix.numCols,
                true, true, true);
        if (!svd.decompose(matrix.copy())) {
            throw new IllegalStateException("singular value decomposition of a ground-truth factor failed");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj s = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, s, v, false);
        for (int k = rank; k < Math.min(s.numRows, s.numCols); k++) {
            s.set(k, k, 0.0);
        }
        DMatrixRMaj us = new DMatrixRMaj(u.numRows, s.numCols);
        CommonOps_DDRM.mult(u, s, us);
        CommonOps_DDRM.multTransB(us, v, matrix);
    }
}
