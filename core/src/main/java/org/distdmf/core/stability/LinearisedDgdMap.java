package org.distdmf.core.stability;

import java.util.List;

import org.distdmf.core.linalg.LinearOperator;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.train.UpdateRule;
import org.ejml.data.DMatrixRMaj;

/**
 * The Jacobian of one DGD iteration at a point, as a matrix-free operator on the stacked agent
 * vectors {@code (v_0, ..., v_(n-1))}:
 *
 * <pre>
 *   combine-then-adapt:  J = W (x) I - D_eta H_blk           (J v)_i = sum_j W_ij v_j - eta_i H_i v_i
 *   adapt-then-combine:  J = (W (x) I) (I - D_eta H_blk)     (J v)_i = sum_j W_ij (v_j - eta_j H_j v_j)
 * </pre>
 *
 * with {@code W} the combine matrix and {@code H_i} agent {@code i}'s local Hessian. One application
 * costs one Hessian-vector product per agent. Its spectral radius decides local stability: below 1,
 * small perturbations shrink.
 */
public final class LinearisedDgdMap implements LinearOperator {

    private final DMatrixRMaj combine;
    private final double[] stepSizes;
    private final List<LinearOperator> hessians;
    private final UpdateRule rule;
    private final AgentExecutor executor;
    private final int agents;
    private final int parameters;
    private final double[][] hessianProducts;
    private final double[][] blocks;

    /**
     * @param combine the combine matrix {@code W} ({@code n x n})
     * @param stepSizes {@code eta_i}
     * @param hessians {@code H_i} as operators of equal dimension; each is applied only from its agent's task
     * @param rule the update rule being linearised
     * @param executor runs the agents' Hessian products in parallel
     */
    public LinearisedDgdMap(DMatrixRMaj combine, double[] stepSizes, List<LinearOperator> hessians, UpdateRule rule,
            AgentExecutor executor) {
        this.agents = hessians.size();
        if (combine.numRows != agents || combine.numCols != agents) {
            throw new IllegalArgumentException("mixing matrix is " + combine.numRows + " x " + combine.numCols + " but there are "
                    + agents + " agents");
        }
        if (stepSizes.length != agents) {
            throw new IllegalArgumentException("there are " + stepSizes.length + " learning rates but " + agents + " agents");
        }
        this.parameters = hessians.get(0).dimension();
        for (int i = 1; i < agents; i++) {
            if (hessians.get(i).dimension() != parameters) {
                throw new IllegalArgumentException("Hessian of agent " + i + " has dimension " + hessians.get(i).dimension()
                        + " but agent 0's has " + parameters);
            }
        }
        if ((long) agents * parameters > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the linearised map has " + (long) agents * parameters
                    + " rows, more than one array can hold");
        }
        this.combine = combine;
        this.stepSizes = stepSizes.clone();
        this.hessians = List.copyOf(hessians);
        this.rule = rule;
        this.executor = executor;
        this.hessianProducts = new double[agents][parameters];
        this.blocks = new double[agents][parameters];
    }

    @Override
    public int dimension() {
        return agents * parameters;
    }

    @Override
    public void apply(double[] x, double[] y) {
        executor.forEachAgent(agents, i -> {
            System.arraycopy(x, i * parameters, blocks[i], 0, parameters);
            hessians.get(i).apply(blocks[i], hessianProducts[i]);
            if (rule == UpdateRule.ADAPT_THEN_COMBINE) {
                for (int k = 0; k < parameters; k++) {
                    hessianProducts[i][k] = blocks[i][k] - stepSizes[i] * hessianProducts[i][k];
                }
            }
        });
        double[][] mixed = rule == UpdateRule.ADAPT_THEN_COMBINE ? hessianProducts : blocks;
        executor.forEachAgent(agents, i -> {
            int offset = i * parameters;
            java.util.Arrays.fill(y, offset, offset + parameters, 0.0);
            for (int j = 0; j < agents; j++) {
                double weight = combine.get(i, j);
                if (weight == 0) {
                    continue;
                }
                double[] source = mixed[j];
                for (int k = 0; k < parameters; k++) {
                    y[offset + k] += weight * source[k];
                }
            }
            if (rule == UpdateRule.COMBINE_THEN_ADAPT) {
                double[] product = hessianProducts[i];
                for (int k = 0; k < parameters; k++) {
                    y[offset + k] -= stepSizes[i] * product[k];
                }
            }
        });
    }
}
