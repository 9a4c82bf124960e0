package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.CompleteGraphGenerator;

/**
 * Complete graph {@code K_n}: every agent talks to every other agent, {@code n (n - 1) / 2} edges.
 *
 * <p>Built with JGraphT's {@link CompleteGraphGenerator}. Its Laplacian has the eigenvalue
 * {@code 0} once and {@code n} with multiplicity {@code n - 1}, so it is the best-mixing topology
 * and the usual baseline against sparser graphs.
 */
public final class CompleteTopology implements TopologyGenerator {

    private static final String FAMILY = "a complete graph";

    private final int n;

    /** @throws IllegalArgumentException if {@code n < 2} */
    public CompleteTopology(int n) {
        FamilySupport.requireAgentsAtLeast(n, 2, FAMILY);
        this.n = n;
    }

    @Override
    public int agentCount() {
        return n;
    }

    @Override
    public boolean isRandom() {
        return false;
    }

    @Override
    public CommunicationGraph generate(Random random) {
        return FamilySupport.generate(new CompleteGraphGenerator<>(n));
    }
}
