package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GraphFactoryTest {

    @Test
    void sameSeedGivesSameGraph() {
        GraphSpec spec = GraphSpec.erdosRenyi(20, 0.3);

        GraphSample first = GraphFactory.build(spec, ConnectivityPolicy.AS_DRAWN, 17L);
        GraphSample second = GraphFactory.build(spec, ConnectivityPolicy.AS_DRAWN, 17L);
        GraphSample other = GraphFactory.build(spec, ConnectivityPolicy.AS_DRAWN, 18L);

        assertEquals(first.graph(), second.graph());
        assertNotEquals(first.graph(), other.graph());
    }

    @Test
    void asDrawnReportsDisconnectedGraph() {
        GraphSample sample = GraphFactory.build(GraphSpec.erdosRenyi(30, 0.02), ConnectivityPolicy.AS_DRAWN, 1L);

        assertFalse(sample.connected());
        assertFalse(sample.graph().isConnected());
        assertEquals(1, sample.draws());
        assertEquals(0, sample.patchedAgents());
    }

    @Test
    void resampleReturnsConnectedGraphAndCountsDraws() {
        // G(12, 0.2) is connected with probability well below one half, so several draws are needed.
        GraphSpec spec = GraphSpec.erdosRenyi(12, 0.2);

        GraphSample sample = GraphFactory.build(spec, ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED, 4L);

        assertTrue(sample.connected());
        assertTrue(sample.graph().isConnected());
        assertTrue(sample.draws() > 1, "draws " + sample.draws());
        assertEquals(replayDrawsUntilConnected(spec, 4L), sample.draws());
    }

    private static int replayDrawsUntilConnected(GraphSpec spec, long seed) {
        Random random = new Random(seed);
        TopologyGenerator generator = spec.generator();
        int draws = 1;
        while (!generator.generate(random).isConnected()) {
            draws++;
        }
        return draws;
    }

    @Test
    void resampleFailureNamesDrawsAndParameters() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GraphFactory.build(GraphSpec.erdosRenyi(10, 0.0), ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED, 1L, 25));

        assertTrue(error.getMessage().contains("25 draws"), error.getMessage());
        assertTrue(error.getMessage().contains("erdos_renyi(n=10, p=0.0)"), error.getMessage());
    }

    @Test
    void patchIsolatedLeavesNoIsolatedAgent() {
        GraphSample sample = GraphFactory.build(GraphSpec.erdosRenyi(30, 0.02), ConnectivityPolicy.PATCH_ISOLATED, 1L);
        CommunicationGraph drawn = GraphFactory.build(GraphSpec.erdosRenyi(30, 0.02), ConnectivityPolicy.AS_DRAWN, 1L).graph();

        assertEquals(0, sample.graph().isolatedAgents().length);
        assertTrue(drawn.isolatedAgents().length > 0, "the draw should have isolated agents to patch");
        assertEquals(sample.graph().edgeCount() - drawn.edgeCount(), sample.patchedAgents());
        assertEquals(sample.graph().isConnected(), sample.connected());
        for (int[] edge : drawn.edges()) {
            assertTrue(sample.graph().hasEdge(edge[0], edge[1]), "patching must keep every drawn edge");
        }
    }

    @Test
    void patchVisitsAgentsInOrder() {
        // Agents 0, 1, 2 and 5 are isolated. Agent 0 gets (0, 1), which un-isolates 1; agent 2
        // gets (2, 3); agent 5 wraps around to (5, 0). That leaves {0, 1, 5} and {2, 3, 4} apart.
        CommunicationGraph g = CommunicationGraph.fromEdges(6, List.of(new int[] {3, 4}));

        CommunicationGraph patched = GraphFactory.patchIsolatedAgents(g);

        assertEquals(4, patched.edgeCount());
        assertTrue(patched.hasEdge(0, 1));
        assertTrue(patched.hasEdge(2, 3));
        assertTrue(patched.hasEdge(5, 0));
        assertFalse(patched.hasEdge(1, 2));
        assertFalse(patched.isConnected());
    }

    @Test
    void patchDoesNotGuaranteeConnectivity() {
        // Two separate edges have no isolated agent, so nothing is patched.
        CommunicationGraph g = CommunicationGraph.fromEdges(4, List.of(new int[] {0, 1}, new int[] {2, 3}));

        CommunicationGraph patched = GraphFactory.patchIsolatedAgents(g);

        assertEquals(g, patched);
        assertFalse(patched.isConnected());
    }

    @Test
    void deterministicFamilyIsDrawnOnce() {
        GraphSample sample = GraphFactory.build(GraphSpec.torus(4, 5), ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED, 9L);

        assertEquals(1, sample.draws());
        assertTrue(sample.connected());
        assertEquals(20, sample.graph().agentCount());
    }

    @Test
    void specDescribesOnlyItsParameters() {
        assertEquals("erdos_renyi(n=20, p=0.8)", GraphSpec.erdosRenyi(20, 0.8).describe());
        assertEquals("torus(rows=3, cols=4)", GraphSpec.torus(3, 4).describe());
        assertEquals("barabasi_albert(n=30, m0=3, m=2)", GraphSpec.barabasiAlbert(30, 3, 2).describe());
        assertEquals("watts_strogatz(n=12, k=4, beta=0.1)", GraphSpec.wattsStrogatz(12, 4, 0.1).describe());
    }

    @Test
    void specValidatesOnConstruction() {
        IllegalArgumentException probability = assertThrows(IllegalArgumentException.class,
                () -> GraphSpec.erdosRenyi(10, -0.5));
        IllegalArgumentException gridSize = assertThrows(IllegalArgumentException.class,
                () -> new GraphSpec(GraphFamily.GRID, 10, Double.NaN, 0, Double.NaN, 0, 0, 3, 4, Double.NaN));
        IllegalArgumentException regular = assertThrows(IllegalArgumentException.class,
                () -> GraphSpec.randomRegular(5, 3));

        assertTrue(probability.getMessage().contains("p = -0.5"), probability.getMessage());
        assertTrue(gridSize.getMessage().contains("n = 10"), gridSize.getMessage());
        assertTrue(gridSize.getMessage().contains("12"), gridSize.getMessage());
        assertTrue(regular.getMessage().contains("k = 3"), regular.getMessage());
        assertTrue(regular.getMessage().contains("n = 5"), regular.getMessage());
    }

    @Test
    void rejectsZeroMaxDraws() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GraphFactory.build(GraphSpec.ring(5), ConnectivityPolicy.AS_DRAWN, 1L, 0));

        assertTrue(error.getMessage().contains("maxDraws = 0"), error.getMessage());
    }

    @Test
    void familyIdsParse() {
        assertEquals(GraphFamily.ERDOS_RENYI, GraphFamily.fromId("erdos-renyi"));
        assertEquals(GraphFamily.RANDOM_GEOMETRIC, GraphFamily.fromId("RANDOM_GEOMETRIC"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> GraphFamily.fromId("tree"));
        assertTrue(error.getMessage().contains("'tree'"), error.getMessage());
        assertTrue(error.getMessage().contains("watts_strogatz"), error.getMessage());
    }
}
