package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.junit.jupiter.api.Test;

class CommunicationGraphTest {

    private static CommunicationGraph graph(int n, int[]... edges) {
        return CommunicationGraph.fromEdges(n, List.of(edges));
    }

    @Test
    void neighboursAreSortedAndDegreesMatch() {
        CommunicationGraph g = graph(5, new int[] {3, 0}, new int[] {0, 1}, new int[] {4, 0}, new int[] {1, 2});

        assertArrayEquals(new int[] {1, 3, 4}, g.neighbours(0));
        assertArrayEquals(new int[] {0, 2}, g.neighbours(1));
        assertEquals(3, g.degree(0));
        assertEquals(1, g.degree(2));
        assertEquals(1, g.minDegree());
        assertEquals(3, g.maxDegree());
        assertEquals(4, g.edgeCount());
        assertEquals(5, g.agentCount());
    }

    @Test
    void duplicateEdgesAreMerged() {
        CommunicationGraph g = graph(3, new int[] {0, 1}, new int[] {1, 0}, new int[] {0, 1}, new int[] {1, 2});

        assertEquals(2, g.edgeCount());
        assertEquals(2, g.degree(1));
    }

    @Test
    void edgesAreSortedPairsWithSmallerFirst() {
        CommunicationGraph g = graph(4, new int[] {3, 2}, new int[] {2, 0}, new int[] {1, 0});

        List<int[]> edges = g.edges();

        assertEquals(3, edges.size());
        assertArrayEquals(new int[] {0, 1}, edges.get(0));
        assertArrayEquals(new int[] {0, 2}, edges.get(1));
        assertArrayEquals(new int[] {2, 3}, edges.get(2));
    }

    @Test
    void hasEdgeIsSymmetricAndFalseOnDiagonal() {
        CommunicationGraph g = graph(3, new int[] {0, 2});

        assertTrue(g.hasEdge(0, 2));
        assertTrue(g.hasEdge(2, 0));
        assertFalse(g.hasEdge(0, 1));
        assertFalse(g.hasEdge(1, 1));
    }

    @Test
    void laplacianIsDegreeMinusAdjacency() {
        CommunicationGraph g = graph(3, new int[] {0, 1}, new int[] {1, 2});

        DMatrixRMaj laplacian = g.laplacian();
        double[] expected = {
            1, -1, 0,
            -1, 2, -1,
            0, -1, 1};

        assertArrayEquals(expected, laplacian.getData(), 0.0);
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 1, 0, 1, 0}, g.adjacency().getData(), 0.0);
    }

    @Test
    void diameterOfPathAndDisconnectedGraph() {
        CommunicationGraph path = graph(5, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {3, 4});
        CommunicationGraph split = graph(4, new int[] {0, 1}, new int[] {2, 3});

        assertTrue(path.isConnected());
        assertEquals(4, path.diameter());
        assertFalse(split.isConnected());
        assertEquals(-1, split.diameter());
    }

    @Test
    void isolatedAgentsAreListed() {
        CommunicationGraph g = graph(5, new int[] {1, 3});

        assertArrayEquals(new int[] {0, 2, 4}, g.isolatedAgents());
    }

    @Test
    void equalityFollowsEdgeSet() {
        CommunicationGraph a = graph(3, new int[] {0, 1}, new int[] {1, 2});
        CommunicationGraph b = graph(3, new int[] {2, 1}, new int[] {1, 0});
        CommunicationGraph c = graph(4, new int[] {0, 1}, new int[] {1, 2});

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
    }

    @Test
    void withEdgesAddsOnlyNewEdges() {
        CommunicationGraph g = graph(4, new int[] {0, 1});

        CommunicationGraph extended = g.withEdges(List.of(new int[] {1, 0}, new int[] {2, 3}));

        assertEquals(2, extended.edgeCount());
        assertTrue(extended.hasEdge(2, 3));
        assertEquals(1, g.edgeCount());
    }

    @Test
    void fromGraphMergesParallelEdges() {
        Pseudograph<Integer, DefaultEdge> multigraph = new Pseudograph<>(DefaultEdge.class);
        multigraph.addVertex(0);
        multigraph.addVertex(1);
        multigraph.addVertex(2);
        multigraph.addEdge(0, 1);
        multigraph.addEdge(1, 0);
        multigraph.addEdge(1, 2);

        CommunicationGraph g = CommunicationGraph.fromGraph(multigraph);

        assertEquals(2, g.edgeCount());
    }

    @Test
    void fromGraphRejectsSelfLoopAndGaps() {
        Pseudograph<Integer, DefaultEdge> loop = new Pseudograph<>(DefaultEdge.class);
        loop.addVertex(0);
        loop.addVertex(1);
        loop.addEdge(1, 1);
        Pseudograph<Integer, DefaultEdge> gap = new Pseudograph<>(DefaultEdge.class);
        gap.addVertex(0);
        gap.addVertex(5);

        IllegalArgumentException loopError = assertThrows(IllegalArgumentException.class,
                () -> CommunicationGraph.fromGraph(loop));
        IllegalArgumentException gapError = assertThrows(IllegalArgumentException.class,
                () -> CommunicationGraph.fromGraph(gap));

        assertTrue(loopError.getMessage().contains("(1, 1)"), loopError.getMessage());
        assertTrue(gapError.getMessage().contains("vertex 5"), gapError.getMessage());
    }

    @Test
    void rejectsSelfLoopNamingEdge() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> graph(3, new int[] {0, 1}, new int[] {2, 2}));

        assertTrue(error.getMessage().contains("edge 1 (2, 2)"), error.getMessage());
        assertTrue(error.getMessage().contains("self loop"), error.getMessage());
    }

    @Test
    void rejectsOutOfRangeAgent() {
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> graph(3, new int[] {0, 3}));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> graph(3, new int[] {-1, 2}));

        assertTrue(tooLarge.getMessage().contains("edge 0 (0, 3)"), tooLarge.getMessage());
        assertTrue(tooLarge.getMessage().contains("agent 3 is outside 0..2"), tooLarge.getMessage());
        assertTrue(negative.getMessage().contains("agent -1 is outside 0..2"), negative.getMessage());
    }

    @Test
    void rejectsMalformedPair() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> graph(3, new int[] {0, 1, 2}));

        assertTrue(error.getMessage().contains("[0, 1, 2]"), error.getMessage());
    }

    @Test
    void rejectsFewerThanTwoAgents() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> graph(1));

        assertTrue(error.getMessage().contains("agents = 1"), error.getMessage());
    }

    @Test
    void rejectsAgentOutsideRangeInQueries() {
        CommunicationGraph g = graph(3, new int[] {0, 1});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> g.degree(7));

        assertTrue(error.getMessage().contains("agent 7"), error.getMessage());
    }
}
