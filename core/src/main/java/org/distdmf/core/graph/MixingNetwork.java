package org.distdmf.core.graph;

import java.util.Objects;

import org.ejml.data.DMatrixRMaj;

/**
 * A communication graph together with its validated mixing matrix.
 *
 * @param graph the communication graph
 * @param mixingMatrix the {@code n x n} mixing matrix; the record stores the reference it is given,
 *     so callers must not modify the matrix afterwards
 */
public record MixingNetwork(CommunicationGraph graph, DMatrixRMaj mixingMatrix) {

    public MixingNetwork {
        Objects.requireNonNull(graph, "graph");
        MixingMatrixValidator.checkShape(mixingMatrix, graph.agentCount());
    }
}
