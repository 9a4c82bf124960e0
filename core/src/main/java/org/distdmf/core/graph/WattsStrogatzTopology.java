package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.WattsStrogatzGraphGenerator;

/**
 * Watts-Strogatz small-world graph: a ring lattice where each agent talks to its {@code k} nearest
 * agents ({@code k / 2} on each side), then each lattice edge is rewired to a uniformly chosen
 * agent with probability {@code beta}.
 *
 * <p>Reference: D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks",
 * Nature 393 (1998). Built with JGraphT's {@link WattsStrogatzGraphGenerator} in rewiring mode:
 * a rewiring that would create a self loop or a duplicate edge is skipped, so the edge count stays
 * {@code n k / 2}. Rewiring can disconnect the graph, most often for small {@code k}.
 */
public final class WattsStrogatzTopology implements TopologyGenerator {

    private static final String FAMILY = "a Watts-Strogatz graph";

    private final int n;
    private final int k;
    private final double beta;

    /**
     * @throws IllegalArgumentException if {@code n < 3}, {@code k} is odd, below 2 or not below
     *     {@code n}, or {@code beta} lies outside {@code [0, 1]}
     */
    public WattsStrogatzTopology(int n, int k, double beta) {
        FamilySupport.requireAgentsAtLeast(n, 3, FAMILY);
        if (k < 2 || k >= n) {
            throw new IllegalArgumentException("Invalid k = " + k + " for " + FAMILY + " on n = " + n
                    + " agents: the lattice degree k must lie in 2.." + (n - 1));
        }
        if (k % 2 != 0) {
            throw new IllegalArgumentException("Invalid k = " + k + " for " + FAMILY
                    + ": k must be even because each agent links to k / 2 agents on each side of the ring");
        }
        FamilySupport.requireProbability("beta", beta, FAMILY);
        this.n = n;
        this.k = k;
        this.beta = beta;
    }

    public int k() {
        return k;
    }

    public double beta() {
        return beta;
    }

    @Override
    public int agentCount() {
        return n;
    }

    @Override
    public boolean isRandom() {
        return true;
    }

    @Override
    public CommunicationGraph generate(Random random) {
        FamilySupport.requireRandom(random, FAMILY);
        return FamilySupport.generate(new WattsStrogatzGraphGenerator<>(n, k, beta, false, random));
    }
}
