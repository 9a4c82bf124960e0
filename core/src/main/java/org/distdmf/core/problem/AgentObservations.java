package org.distdmf.core.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Draws what each agent observes of a known target: sensing operators with i.i.d. {@code N(0, 1/m)}
 * entries, 0/1 masks, or the target itself, plus optional Gaussian noise.
 */
final class AgentObservations {

    private AgentObservations() {
    }

    /**
     * Draws one {@link AgentData} per agent, in agent order, consuming {@code random} agent by agent
     * (operator first, then noise) so that the result depends only on the seed.
     */
    static List<AgentData> draw(DMatrixRMaj target, ObservationSpec spec, double[] weightDecays, Random random) {
        int rows = target.numRows;
        int columns = target.numCols;
        int measurements = spec.measurementsPerAgent() == 0 ? rows : spec.measurementsPerAgent();
        List<AgentData> agents = new ArrayList<>(weightDecays.length);
        for (int i = 0; i < weightDecays.length; i++) {
            DMatrixRMaj operator = null;
            DMatrixRMaj clean;
            switch (spec.observation()) {
                case SENSING:
                    operator = new DMatrixRMaj(measurements, rows);
                    double scale = 1.0 / Math.sqrt(rows);
                    for (int k = 0; k < operator.getNumElements(); k++) {
                        operator.data[k] = scale * random.nextGaussian();
                    }
                    clean = new DMatrixRMaj(measurements, columns);
                    CommonOps_DDRM.mult(operator, target, clean);
                    break;
                case MASK:
                    operator = new DMatrixRMaj(rows, columns);
                    for (int k = 0; k < operator.getNumElements(); k++) {
                        operator.data[k] = random.nextDouble() < spec.observedFraction() ? 1.0 : 0.0;
                    }
                    clean = new DMatrixRMaj(rows, columns);
                    CommonOps_DDRM.elementMult(target, operator, clean);
                    break;
                default:
                    clean = target.copy();
                    break;
            }
            if (spec.noiseStandardDeviation() > 0) {
                for (int k = 0; k < clean.getNumElements(); k++) {
                    double noise = spec.noiseStandardDeviation() * random.nextGaussian();
                    // A masked-out entry stays unobserved: noise only where the mask is 1.
                    if (operator == null || spec.observation() != Observation.MASK || operator.data[k] != 0) {
                        clean.data[k] += noise;
                    }
                }
            }
            agents.add(new AgentData(i, spec.observation(), operator, clean, weightDecays[i]));
        }
        return agents;
    }
}
