package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.BarabasiAlbertGraphGenerator;

/**
 * Barabasi-Albert preferential-attachment graph: start from a complete graph on {@code m0} agents,
 * then add the remaining agents one at a time, each linked to {@code m} distinct earlier agents
 * chosen with probability proportional to their degree.
 *
 * <p>Reference: A.-L. Barabasi and R. Albert, "Emergence of scaling in random networks",
 * Science 286 (1999). Built with JGraphT's {@link BarabasiAlbertGraphGenerator}. Every new agent
 * attaches to the existing connected graph, so the result is always connected, with a heavy-tailed
 * degree distribution (a few hubs).
 */
public final class BarabasiAlbertTopology implements TopologyGenerator {

    private static final String FAMILY = "a Barabasi-Albert graph";

    private final int n;
    private final int m0;
    private final int m;

    /**
     * @throws IllegalArgumentException if {@code n < 2}, {@code m < 1}, {@code m0 < m}, or
     *     {@code m0 > n}
     */
    public BarabasiAlbertTopology(int n, int m0, int m) {
        FamilySupport.requireAgentsAtLeast(n, 2, FAMILY);
        if (m < 1) {
            throw new IllegalArgumentException("Invalid m = " + m + " for " + FAMILY
                    + ": each new agent needs at least one edge (m >= 1)");
        }
        if (m0 < m) {
            throw new IllegalArgumentException("Invalid m0 = " + m0 + " for " + FAMILY + " with m = " + m
                    + ": the initial complete graph needs at least m agents to attach to (m0 >= m)");
        }
        if (m0 > n) {
            throw new IllegalArgumentException("Invalid m0 = " + m0 + " for " + FAMILY + " on n = " + n
                    + " agents: the initial complete graph cannot have more agents than the whole graph (m0 <= n)");
        }
        this.n = n;
        this.m0 = m0;
        this.m = m;
    }

    public int m0() {
        return m0;
    }

    public int m() {
        return m;
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
        return FamilySupport.generate(new BarabasiAlbertGraphGenerator<>(m0, m, n, random));
    }
}
