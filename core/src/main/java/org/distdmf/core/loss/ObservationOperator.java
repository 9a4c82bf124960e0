package org.distdmf.core.loss;

import org.distdmf.core.problem.AgentData;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The linear map {@code X -> A_i X} (or {@code M_i .* X}, or {@code X}) of one agent and its adjoint,
 * the only place where the three observation models differ.
 */
final class ObservationOperator {

    private final AgentData agent;

    ObservationOperator(AgentData agent) {
        this.agent = agent;
    }

    /** Rows of {@code A X} for a target with {@code rows} rows. */
    int outputRows(int rows) {
        switch (agent.observation()) {
            case SENSING:
                return agent.operator().numRows;
            default:
                return rows;
        }
    }

    /** Writes the observation of {@code x} into {@code out}. */
    void forward(DMatrixRMaj x, DMatrixRMaj out) {
        switch (agent.observation()) {
            case SENSING:
                CommonOps_DDRM.mult(agent.operator(), x, out);
                break;
            case MASK:
                CommonOps_DDRM.elementMult(x, agent.operator(), out);
                break;
            default:
                out.setTo(x);
                break;
        }
    }

    /** Writes {@code scale * A^T r} (or its mask or identity form) into {@code out}. */
    void adjoint(double scale, DMatrixRMaj r, DMatrixRMaj out) {
        switch (agent.observation()) {
            case SENSING:
                CommonOps_DDRM.multTransA(scale, agent.operator(), r, out);
                break;
            case MASK:
                CommonOps_DDRM.elementMult(r, agent.operator(), out);
                CommonOps_DDRM.scale(scale, out);
                break;
            default:
                CommonOps_DDRM.scale(scale, r, out);
                break;
        }
    }
}
