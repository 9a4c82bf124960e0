package org.distdmf.core.graph;

import java.util.Objects;

/**
 * A graph built by {@link GraphFactory} and how it was obtained.
 *
 * @param spec the family and its parameters
 * @param policy the connectivity policy that was applied
 * @param graph the final graph
 * @param connected whether {@code graph} is connected
 * @param draws the number of graphs drawn, 1 unless {@code policy} is
 *     {@link ConnectivityPolicy#RESAMPLE_UNTIL_CONNECTED}
 * @param patchedAgents the number of isolated agents that {@link ConnectivityPolicy#PATCH_ISOLATED}
 *     linked to their successor, 0 for the other policies
 */
public record GraphSample(GraphSpec spec, ConnectivityPolicy policy, CommunicationGraph graph, boolean connected,
        int draws, int patchedAgents) {

    public GraphSample {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(graph, "graph");
    }
}
