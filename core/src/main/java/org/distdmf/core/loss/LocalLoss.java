package org.distdmf.core.loss;

import org.distdmf.core.linalg.LinearOperator;
import org.distdmf.core.problem.AgentData;
import org.distdmf.core.problem.Factorization;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * The local loss of one agent, its gradient and exact Hessian-vector products:
 *
 * <pre>
 *   L_i(W) = || Y_i - A_i W_L ... W_1 ||_F^2 + tau_i sum_l || W_l ||_F^2
 * </pre>
 *
 * (no factor 1/2). With {@code Q_l = W_l ... W_1}, {@code R = A Q_L - Y} and {@code B_L = 2 A^T R},
 * {@code B_(l-1) = W_l^T B_l}, the gradient is {@code dL/dW_l = B_l Q_(l-1)^T + 2 tau W_l}; the
 * Hessian-vector product differentiates these recursions along a direction {@code U}, so both cost a
 * constant number of matrix products per layer, linear in depth.
 *
 * <p>Stateful and not thread-safe: {@link #evaluate(Factorization)} caches the forward and backward
 * products at a point, and the gradient and Hessian-vector products then refer to that point. Give
 * each thread its own instance.
 */
public final class LocalLoss {

    private final AgentData agent;
    private final ObservationOperator observation;
    private final int depth;
    private final double weightDecay;

    // Index l contains the matrix of layer l (1-based as in the mathematics); index 0 is unused because
    // Q_0 is the identity and never formed.
    private final DMatrixRMaj[] prefix;
    private final DMatrixRMaj[] backward;
    private final DMatrixRMaj[] prefixDerivative;
    private final DMatrixRMaj[] backwardDerivative;
    private final DMatrixRMaj residual;
    private final DMatrixRMaj residualDerivative;

    private final Factorization direction;
    private final Factorization product;
    private Factorization point;
    private double value = Double.NaN;
    private double residualSquaredNorm = Double.NaN;

    /** Creates the loss of one agent for factorizations with widths {@code d_0 .. d_L}. */
    public LocalLoss(AgentData agent, int[] widths) {
        this.agent = agent;
        this.observation = new ObservationOperator(agent);
        this.depth = widths.length - 1;
        this.weightDecay = agent.weightDecay();
        int columns = widths[0];
        int rows = widths[depth];
        agent.checkShapes(rows, columns);

        prefix = new DMatrixRMaj[depth + 1];
        backward = new DMatrixRMaj[depth + 1];
        prefixDerivative = new DMatrixRMaj[depth + 1];
        backwardDerivative = new DMatrixRMaj[depth + 1];
        for (int l = 1; l <= depth; l++) {
            prefix[l] = new DMatrixRMaj(widths[l], columns);
            backward[l] = new DMatrixRMaj(widths[l], columns);
            prefixDerivative[l] = new DMatrixRMaj(widths[l], columns);
            backwardDerivative[l] = new DMatrixRMaj(widths[l], columns);
        }
        int observedRows = observation.outputRows(rows);
        residual = new DMatrixRMaj(observedRows, columns);
        residualDerivative = new DMatrixRMaj(observedRows, columns);
        direction = Factorization.zeros(widths);
        product = Factorization.zeros(widths);
    }

    public AgentData agent() {
        return agent;
    }

    /**
     * Evaluates the loss at {@code point} and caches what the gradient and Hessian-vector products
     * need. The point is referenced, not copied: do not change it before the last call that uses it.
     *
     * @return {@code L_i(point)}, which may be infinite or NaN when the point has diverged
     */
    public double evaluate(Factorization point) {
        this.point = point;

        prefix[1].setTo(point.layer(0));
        for (int l = 2; l <= depth; l++) {
            CommonOps_DDRM.mult(point.layer(l - 1), prefix[l - 1], prefix[l]);
        }

        observation.forward(prefix[depth], residual);
        CommonOps_DDRM.subtractEquals(residual, agent.measurements());
        residualSquaredNorm = squaredFrobenius(residual);

        observation.adjoint(2.0, residual, backward[depth]);
        for (int l = depth; l >= 2; l--) {
            CommonOps_DDRM.multTransA(point.layer(l - 1), backward[l], backward[l - 1]);
        }

        value = residualSquaredNorm + weightDecay * point.squaredNorm();
        return value;
    }

    /** Returns the loss at the evaluated point. */
    public double value() {
        requireEvaluated();
        return value;
    }

    /** Returns {@code ||A_i X - Y_i||_F^2} at the evaluated point. */
    public double residualSquaredNorm() {
        requireEvaluated();
        return residualSquaredNorm;
    }

    /** Returns the end-to-end product {@code W_L ... W_1} at the evaluated point (a view; do not modify). */
    public DMatrixRMaj endToEndProduct() {
        requireEvaluated();
        return prefix[depth];
    }

    /** Writes the gradient at the evaluated point into {@code out}, which has the point's shape. */
    public void gradient(Factorization out) {
        requireEvaluated();
        for (int l = depth; l >= 1; l--) {
            DMatrixRMaj gradient = out.layer(l - 1);
            if (l == 1) {
                gradient.setTo(backward[1]);
            } else {
                CommonOps_DDRM.multTransB(backward[l], prefix[l - 1], gradient);
            }
            CommonOps_DDRM.addEquals(gradient, 2.0 * weightDecay, point.layer(l - 1));
        }
    }

    /**
     * Writes the Hessian of the loss at the evaluated point applied to {@code u} into {@code out}. Both
     * have the point's shape and must be different objects.
     */
    public void hessianVectorProduct(Factorization u, Factorization out) {
        requireEvaluated();

        prefixDerivative[1].setTo(u.layer(0));
        for (int l = 2; l <= depth; l++) {
            CommonOps_DDRM.mult(u.layer(l - 1), prefix[l - 1], prefixDerivative[l]);
            CommonOps_DDRM.multAdd(point.layer(l - 1), prefixDerivative[l - 1], prefixDerivative[l]);
        }

        observation.forward(prefixDerivative[depth], residualDerivative);
        observation.adjoint(2.0, residualDerivative, backwardDerivative[depth]);

        for (int l = depth; l >= 1; l--) {
            DMatrixRMaj result = out.layer(l - 1);
            if (l == 1) {
                result.setTo(backwardDerivative[1]);
            } else {
                CommonOps_DDRM.multTransB(backwardDerivative[l], prefix[l - 1], result);
                CommonOps_DDRM.multAddTransB(backward[l], prefixDerivative[l - 1], result);

                CommonOps_DDRM.multTransA(u.layer(l - 1), backward[l], backwardDerivative[l - 1]);
                CommonOps_DDRM.multAddTransA(point.layer(l - 1), backwardDerivative[l], backwardDerivative[l - 1]);
            }
            CommonOps_DDRM.addEquals(result, 2.0 * weightDecay, u.layer(l - 1));
        }
    }

    /** Flat-vector form of {@link #hessianVectorProduct(Factorization, Factorization)}; see {@link Factorization#copyTo}. */
    public void hessianVectorProduct(double[] u, double[] out) {
        direction.copyFrom(u);
        hessianVectorProduct(direction, product);
        product.copyTo(out);
    }

    /**
     * Returns the Hessian at the evaluated point as a matrix-free operator on flat parameter vectors.
     * The operator shares this loss's state: evaluating another point changes it.
     */
    public LinearOperator hessianOperator() {
        requireEvaluated();
        int dimension = point.parameterCount();
        return new LinearOperator() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public void apply(double[] x, double[] y) {
                hessianVectorProduct(x, y);
            }
        };
    }

    private void requireEvaluated() {
        if (point == null) {
            throw new IllegalStateException("evaluate(point) must be called before gradients or Hessian products");
        }
    }

    private static double squaredFrobenius(DMatrixRMaj matrix) {
        double norm = NormOps_DDRM.normF(matrix);
        return norm * norm;
    }
}
