package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.GnpRandomGraphGenerator;

/**
 * Erdos-Renyi random graph {@code G(n, p)}: each of the {@code n (n - 1) / 2} possible edges is
 * present independently with probability {@code p}.
 *
 * <p>References: E. N. Gilbert, "Random graphs", Annals of Mathematical Statistics 30 (1959);
 * P. Erdos and A. Renyi, "On random graphs I", Publicationes Mathematicae Debrecen 6 (1959).
 * Built with JGraphT's {@link GnpRandomGraphGenerator}, which draws one {@code nextDouble()} per
 * pair {@code (i, j)}, {@code i < j}, in row order. The graph is connected with high probability
 * once {@code p} exceeds {@code ln(n) / n}; below that, isolated agents are common.
 */
public final class ErdosRenyiTopology implements TopologyGenerator {

    private static final String FAMILY = "an Erdos-Renyi graph G(n, p)";

    private final int n;
    private final double p;

    /** @throws IllegalArgumentException if {@code n < 2} or {@code p} lies outside {@code [0, 1]} */
    public ErdosRenyiTopology(int n, double p) {
        FamilySupport.requireAgentsAtLeast(n, 2, FAMILY);
        FamilySupport.requireProbability("p", p, FAMILY);
        this.n = n;
        this.p = p;
    }

    public double p() {
        return p;
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
        return FamilySupport.generate(new GnpRandomGraphGenerator<>(n, p, random, false));
    }
}
