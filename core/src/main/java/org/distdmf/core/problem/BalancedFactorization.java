package org.distdmf.core.problem;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * A balanced factorization of a target: with {@code X = U S V^T}, every layer carries
 * {@code S^(1/L)} on the leading diagonal, {@code W_1 = S^(1/L) V^T} and {@code W_L = U S^(1/L)}, padded
 * with zeros to the requested widths. When every hidden width is at least the rank of the target the
 * product equals the target exactly; otherwise it is the best approximation of rank
 * {@code min_l d_l} (Eckart-Young).
 */
public final class BalancedFactorization {

    private BalancedFactorization() {
    }

    /** Builds the balanced factorization of {@code target} with widths {@code d_0 .. d_L}. */
    public static Factorization of(DMatrixRMaj target, int[] widths) {
        Factorization.checkWidths(widths);
        int depth = widths.length - 1;
        if (widths[0] != target.numCols || widths[depth] != target.numRows) {
            throw new IllegalArgumentException("widths give a " + widths[depth] + " x " + widths[0]
                    + " product but the target is " + target.numRows + " x " + target.numCols);
        }
        Factorization factors = Factorization.zeros(widths);
        if (depth == 1) {
            factors.layer(0).setTo(target);
            return factors;
        }

        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(target.numRows, target.numCols,
                true, true, true);
        if (!svd.decompose(target.copy())) {
            throw new IllegalStateException("singular value decomposition of the target failed");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj s = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, s, v, false);

        int rank = Math.min(target.numRows, target.numCols);
        for (int l = 1; l < depth; l++) {
            rank = Math.min(rank, widths[l]);
        }
        double[] root = new double[rank];
        for (int k = 0; k < rank; k++) {
            root[k] = Math.pow(s.get(k, k), 1.0 / depth);
        }

        DMatrixRMaj first = factors.layer(0);
        for (int k = 0; k < rank; k++) {
            for (int c = 0; c < target.numCols; c++) {
                first.set(k, c, root[k] * v.get(c, k));
            }
        }
        for (int l = 1; l < depth - 1; l++) {
            for (int k = 0; k < rank; k++) {
                factors.layer(l).set(k, k, root[k]);
            }
        }
        DMatrixRMaj last = factors.layer(depth - 1);
        for (int r = 0; r < target.numRows; r++) {
            for (int k = 0; k < rank; k++) {
                last.set(r, k, u.get(r, k) * root[k]);
            }
        }
        return factors;
    }

    /** Returns {@code ||W_L ... W_1 - target||_F / ||target||_F}. */
    public static double relativeError(Factorization factors, DMatrixRMaj target) {
        DMatrixRMaj difference = factors.product();
        CommonOps_DDRM.subtractEquals(difference, target);
        return org.ejml.dense.row.NormOps_DDRM.normF(difference) / org.ejml.dense.row.NormOps_DDRM.normF(target);
    }
}
