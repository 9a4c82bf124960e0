package org.distdmf.core.graph;

/**
 * Handling of a disconnected graph drawn from a random family by {@link GraphFactory}.
 *
 * <p>Whatever the policy, the {@link GraphSample} reports whether the final graph is connected.
 * Deterministic families are always drawn once, because every one of them is connected.
 */
public enum ConnectivityPolicy {
    /**
     * Redraws from the same {@link java.util.Random} until the graph is connected, up to a maximum
     * number of draws, then fails with an {@link IllegalArgumentException} naming the draws and
     * the parameters. Conditioning on connectivity changes the distribution of the graph.
     */
    RESAMPLE_UNTIL_CONNECTED,
    /**
     * Draws once, then visits the agents in order {@code 0..n-1} and links each agent that is
     * isolated at that moment to its successor {@code (i + 1) mod n}. This reproduces the rule of
     * the DGD experiments on Erdos-Renyi graphs that this project re-runs. It leaves no isolated
     * agent but does not guarantee a connected graph, because two components that each have an
     * edge stay apart.
     */
    PATCH_ISOLATED,
    /** Draws once and keeps the graph as it is, connected or not. */
    AS_DRAWN
}
