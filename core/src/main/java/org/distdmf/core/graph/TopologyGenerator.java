package org.distdmf.core.graph;

import java.util.Random;

/**
 * One graph family with fixed parameters, for example "Erdos-Renyi with n = 20 and p = 0.8".
 *
 * <p>Constructors validate the parameters and reject bad ones with an
 * {@link IllegalArgumentException} that names the parameter and its value. Random families draw
 * every random choice from the {@link Random} passed to {@link #generate}, so the same seed gives
 * the same graph.
 */
public interface TopologyGenerator {

    /** Returns the number of agents of every generated graph. */
    int agentCount();

    /** Returns whether {@link #generate} uses its {@link Random}; deterministic families ignore it. */
    boolean isRandom();

    /**
     * Draws one graph. Deterministic families accept {@code null}. The result may be disconnected
     * for random families.
     */
    CommunicationGraph generate(Random random);
}
