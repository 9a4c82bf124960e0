package org.distdmf.core.train;

import org.distdmf.core.problem.Factorization;

/** The consensus error {@code (1/n) sum_l sum_i ||W_(i,l) - mean_j W_(j,l)||_F^2} of the agents' iterates. */
public final class ConsensusError {

    private ConsensusError() {
    }

    public static double of(Factorization[] agents) {
        int n = agents.length;
        double total = 0;
        for (int l = 0; l < agents[0].depth(); l++) {
            int size = agents[0].layer(l).getNumElements();
            for (int k = 0; k < size; k++) {
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    mean += agents[i].layer(l).data[k];
                }
                mean /= n;
                for (int i = 0; i < n; i++) {
                    double d = agents[i].layer(l).data[k] - mean;
                    total += d * d;
                }
            }
        }
        return total / n;
    }
}
