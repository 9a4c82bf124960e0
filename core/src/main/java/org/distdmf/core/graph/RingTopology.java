package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.RingGraphGenerator;

/**
 * Ring (cycle graph {@code C_n}): agent {@code i} talks to {@code i - 1} and {@code i + 1} modulo
 * {@code n}.
 *
 * <p>Built with JGraphT's {@link RingGraphGenerator}. The Laplacian is circulant with eigenvalues
 * {@code 2 - 2 cos(2 pi k / n)}, {@code k = 0..n-1}, so the spectral gap shrinks like
 * {@code 1 / n^2}: the slowest-mixing connected regular topology, useful as a stress case.
 */
public final class RingTopology implements TopologyGenerator {

    private static final String FAMILY = "a ring";

    private final int n;

    /** @throws IllegalArgumentException if {@code n < 3}, because a simple cycle needs three agents */
    public RingTopology(int n) {
        FamilySupport.requireAgentsAtLeast(n, 3, FAMILY);
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
        return FamilySupport.generate(new RingGraphGenerator<>(n));
    }
}
