package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.LinearGraphGenerator;

/**
 * Path graph {@code P_n}: agent {@code i} talks to {@code i - 1} and {@code i + 1}, without
 * wrap-around.
 *
 * <p>Built with JGraphT's {@link LinearGraphGenerator}. The Laplacian eigenvalues are
 * {@code 2 - 2 cos(pi k / n)}, {@code k = 0..n-1}, so the algebraic connectivity is
 * {@code 2 (1 - cos(pi / n))} and the diameter {@code n - 1}, the largest of any connected graph.
 */
public final class PathTopology implements TopologyGenerator {

    private static final String FAMILY = "a path";

    private final int n;

    /** @throws IllegalArgumentException if {@code n < 2} */
    public PathTopology(int n) {
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
        return FamilySupport.generate(new LinearGraphGenerator<>(n));
    }
}
