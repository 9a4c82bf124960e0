package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.RandomRegularGraphGenerator;

/**
 * Random {@code k}-regular graph: every agent has exactly {@code k} neighbours, otherwise drawn at
 * random.
 *
 * <p>Reference: A. Steger and N. C. Wormald, "Generating random regular graphs quickly",
 * Combinatorics, Probability and Computing 8(4) (1999), as implemented by JGraphT's
 * {@link RandomRegularGraphGenerator} on a simple graph. For {@code k >= 3} the graph is connected
 * with high probability, while {@code k = 1} gives a perfect matching and {@code k = 2} a union of
 * cycles, both usually disconnected.
 */
public final class RandomRegularTopology implements TopologyGenerator {

    private static final String FAMILY = "a random regular graph";

    private final int n;
    private final int k;

    /**
     * @throws IllegalArgumentException if {@code n < 2}, {@code k < 1}, {@code k >= n}, or
     *     {@code k * n} is odd (the degree sum of a graph is even)
     */
    public RandomRegularTopology(int n, int k) {
        FamilySupport.requireAgentsAtLeast(n, 2, FAMILY);
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("Invalid k = " + k + " for " + FAMILY + " on n = " + n
                    + " agents: the degree k must lie in 1.." + (n - 1));
        }
        if (((long) k * n) % 2 != 0) {
            throw new IllegalArgumentException("Invalid k = " + k + " for " + FAMILY + " on n = " + n
                    + " agents: k * n must be even because every edge adds 2 to the degree sum; make k or n even");
        }
        this.n = n;
        this.k = k;
    }

    public int k() {
        return k;
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
        return FamilySupport.generate(new RandomRegularGraphGenerator<>(n, k, random));
    }
}
