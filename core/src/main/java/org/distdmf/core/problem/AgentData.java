package org.distdmf.core.problem;

import org.ejml.data.DMatrixRMaj;

/**
 * Data of agent {@code i}: its observation model, its operator (sensing matrix {@code A_i}, mask
 * {@code M_i}, or none for {@link Observation#IDENTITY}), its measurements {@code Y_i} and its weight
 * decay {@code tau_i >= 0}.
 *
 * @param agent index of the agent, 0-based
 * @param observation how the agent observes the target
 * @param operator {@code A_i} ({@code k_i x m}) for sensing, {@code M_i} ({@code m x p}) for masks, {@code null} for identity
 * @param measurements {@code Y_i}: {@code k_i x p} for sensing, {@code m x p} otherwise
 * @param weightDecay {@code tau_i}
 */
public record AgentData(int agent, Observation observation, DMatrixRMaj operator, DMatrixRMaj measurements,
        double weightDecay) {

    /** Checks shapes against a target of {@code m x p} and the weight decay, naming the agent and the field. */
    public AgentData {
        if (observation == null) {
            throw new IllegalArgumentException("agent " + agent + ": observation is missing");
        }
        if (measurements == null) {
            throw new IllegalArgumentException("agent " + agent + ": measurements are missing");
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("agent " + agent + ": weight decay tau must be finite and >= 0 but is "
                    + weightDecay);
        }
        if (observation == Observation.IDENTITY && operator != null) {
            throw new IllegalArgumentException("agent " + agent + ": an identity observation takes no operator");
        }
        if (observation != Observation.IDENTITY && operator == null) {
            throw new IllegalArgumentException("agent " + agent + ": observation " + observation + " needs an operator");
        }
    }

    /** Throws unless the shapes fit a target with {@code rows x columns}. */
    public void checkShapes(int rows, int columns) {
        switch (observation) {
            case SENSING:
                if (operator.numCols != rows) {
                    throw new IllegalArgumentException("agent " + agent + ": sensing operator A has " + operator.numCols
                            + " columns but the target has " + rows + " rows");
                }
                if (measurements.numRows != operator.numRows || measurements.numCols != columns) {
                    throw new IllegalArgumentException("agent " + agent + ": measurements Y are " + measurements.numRows
                            + " x " + measurements.numCols + " but A X has shape " + operator.numRows + " x " + columns);
                }
                break;
            case MASK:
                if (operator.numRows != rows || operator.numCols != columns) {
                    throw new IllegalArgumentException("agent " + agent + ": mask is " + operator.numRows + " x "
                            + operator.numCols + " but the target is " + rows + " x " + columns);
                }
                checkMeasurementsShape(rows, columns);
                break;
            default:
                checkMeasurementsShape(rows, columns);
                break;
        }
        checkFinite("measurements Y", measurements);
        if (operator != null) {
            checkFinite(observation == Observation.MASK ? "mask M" : "sensing operator A", operator);
        }
    }

    private void checkMeasurementsShape(int rows, int columns) {
        if (measurements.numRows != rows || measurements.numCols != columns) {
            throw new IllegalArgumentException("agent " + agent + ": measurements Y are " + measurements.numRows + " x "
                    + measurements.numCols + " but the target is " + rows + " x " + columns);
        }
    }

    private void checkFinite(String field, DMatrixRMaj matrix) {
        for (int r = 0; r < matrix.numRows; r++) {
            for (int c = 0; c < matrix.numCols; c++) {
                double value = matrix.get(r, c);
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("agent " + agent + ": " + field + " has the non-finite value "
                            + value + " at (" + r + ", " + c + ")");
                }
            }
        }
    }
}
