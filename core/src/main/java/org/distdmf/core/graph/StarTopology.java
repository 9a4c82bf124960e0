package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.StarGraphGenerator;

/**
 * Star graph {@code K_{1,n-1}}: agent 0 is the hub and talks to every other agent, which talk only
 * to the hub.
 *
 * <p>Built with JGraphT's {@link StarGraphGenerator}. The Laplacian eigenvalues are {@code 0},
 * {@code 1} with multiplicity {@code n - 2}, and {@code n}. The degree range {@code 1..n-1} is the
 * widest possible, so max-degree and Metropolis-Hastings weights differ most here.
 */
public final class StarTopology implements TopologyGenerator {

    private static final String FAMILY = "a star";

    private final int n;

    /** @throws IllegalArgumentException if {@code n < 2} */
    public StarTopology(int n) {
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
        return FamilySupport.generate(new StarGraphGenerator<>(n));
    }
}
