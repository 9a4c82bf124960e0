package org.distdmf.core.problem;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * A distributed deep matrix factorization problem: the widths of the factorization, what each agent
 * holds, and where known the target {@code X*} and a reference point.
 *
 * <p>The reference point is where the stability bound is evaluated by default. For synthetic problems
 * it is the ground-truth factors; for a target read from data it is a balanced factorization of the
 * target (see {@link BalancedFactorization}), which fits the data exactly but is not the minimiser of
 * the regularised loss.
 *
 * @param widths {@code d_0 .. d_L} with {@code d_0 = p} and {@code d_L = m}
 * @param agents one entry per agent, in agent order
 * @param target {@code X*} ({@code m x p}), or {@code null} when unknown (no NMSE is reported then)
 * @param referencePoint factors at which bounds are evaluated, or {@code null}
 * @param referenceLabel what the reference point is, for tables and logs ("ground truth", ...)
 */
public record DmfProblem(int[] widths, List<AgentData> agents, DMatrixRMaj target, Factorization referencePoint,
        String referenceLabel) {

    /** Checks every shape, the agent count and the agent numbering. */
    public DmfProblem {
        Factorization.checkWidths(widths);
        widths = widths.clone();
        agents = List.copyOf(agents);
        if (agents.size() < 2) {
            throw new IllegalArgumentException("agents must be at least 2 but is " + agents.size());
        }
        int rows = widths[widths.length - 1];
        int columns = widths[0];
        for (int i = 0; i < agents.size(); i++) {
            AgentData agent = agents.get(i);
            if (agent.agent() != i) {
                throw new IllegalArgumentException("agent at position " + i + " is numbered " + agent.agent()
                        + "; agents must be numbered 0.." + (agents.size() - 1) + " in order");
            }
            agent.checkShapes(rows, columns);
        }
        if (target != null && (target.numRows != rows || target.numCols != columns)) {
            throw new IllegalArgumentException("target X* is " + target.numRows + " x " + target.numCols
                    + " but the widths give " + rows + " x " + columns);
        }
        if (referencePoint != null && !java.util.Arrays.equals(referencePoint.widths(), widths)) {
            throw new IllegalArgumentException("reference point has widths " + java.util.Arrays.toString(referencePoint.widths())
                    + " but the problem has widths " + java.util.Arrays.toString(widths));
        }
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    public int agentCount() {
        return agents.size();
    }

    public int depth() {
        return widths.length - 1;
    }

    /** Rows {@code m} of the target. */
    public int rows() {
        return widths[widths.length - 1];
    }

    /** Columns {@code p} of the target. */
    public int columns() {
        return widths[0];
    }

    public int parameterCount() {
        return Factorization.parameterCount(widths);
    }

    public AgentData agent(int i) {
        return agents.get(i);
    }

    /** Weight decays {@code tau_i} in agent order. */
    public double[] weightDecays() {
        double[] taus = new double[agents.size()];
        for (int i = 0; i < taus.length; i++) {
            taus[i] = agents.get(i).weightDecay();
        }
        return taus;
    }
}
