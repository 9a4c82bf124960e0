package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GraphFamiliesTest {

    @Test
    void completeGraphHasAllPairs() {
        CommunicationGraph g = new CompleteTopology(6).generate(null);

        assertEquals(15, g.edgeCount());
        assertEquals(5, g.minDegree());
        assertEquals(1, g.diameter());
    }

    @Test
    void ringLinksCyclicNeighbours() {
        int n = 7;
        CommunicationGraph g = new RingTopology(n).generate(null);

        assertEquals(n, g.edgeCount());
        for (int i = 0; i < n; i++) {
            int previous = (i + n - 1) % n;
            int next = (i + 1) % n;
            assertArrayEquals(new int[] {Math.min(previous, next), Math.max(previous, next)}, g.neighbours(i), "agent " + i);
        }
        assertEquals(3, g.diameter());
    }

    @Test
    void pathLinksConsecutiveAgents() {
        CommunicationGraph g = new PathTopology(6).generate(null);

        assertEquals(5, g.edgeCount());
        for (int i = 0; i < 5; i++) {
            assertTrue(g.hasEdge(i, i + 1), "edge " + i);
        }
        assertEquals(1, g.degree(0));
        assertEquals(1, g.degree(5));
        assertEquals(5, g.diameter());
    }

    @Test
    void starHasHubAtAgentZero() {
        CommunicationGraph g = new StarTopology(6).generate(null);

        assertEquals(5, g.edgeCount());
        assertEquals(5, g.degree(0));
        for (int leaf = 1; leaf < 6; leaf++) {
            assertArrayEquals(new int[] {0}, g.neighbours(leaf), "leaf " + leaf);
        }
        assertEquals(2, g.diameter());
    }

    @Test
    void gridIsRowMajor() {
        CommunicationGraph g = new GridTopology(3, 4, false).generate(null);

        assertEquals(12, g.agentCount());
        assertEquals(3 * 3 + 4 * 2, g.edgeCount());
        assertArrayEquals(new int[] {1, 4, 6, 9}, g.neighbours(5));
        assertArrayEquals(new int[] {1, 4}, g.neighbours(0));
        assertEquals(2 + 3, g.diameter());
    }

    @Test
    void torusWrapsAround() {
        CommunicationGraph g = new GridTopology(3, 4, true).generate(null);

        assertEquals(24, g.edgeCount());
        assertEquals(4, g.minDegree());
        assertEquals(4, g.maxDegree());
        assertArrayEquals(new int[] {1, 3, 4, 8}, g.neighbours(0));
        assertEquals(1 + 2, g.diameter());
    }

    @Test
    void erdosRenyiMatchesOneDrawPerPair() {
        int n = 12;
        double p = 0.3;
        CommunicationGraph g = new ErdosRenyiTopology(n, p).generate(new Random(42));

        Random replay = new Random(42);
        List<int[]> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (replay.nextDouble() < p) {
                    expected.add(new int[] {i, j});
                }
            }
        }

        assertEquals(CommunicationGraph.fromEdges(n, expected), g);
    }

    @Test
    void erdosRenyiExtremesAreEmptyAndComplete() {
        assertEquals(0, new ErdosRenyiTopology(8, 0.0).generate(new Random(1)).edgeCount());
        assertEquals(28, new ErdosRenyiTopology(8, 1.0).generate(new Random(1)).edgeCount());
    }

    @Test
    void randomRegularHasDegreeKEverywhere() {
        CommunicationGraph g = new RandomRegularTopology(10, 3).generate(new Random(5));

        assertEquals(15, g.edgeCount());
        assertEquals(3, g.minDegree());
        assertEquals(3, g.maxDegree());
    }

    @Test
    void wattsStrogatzWithoutRewiringIsRingLattice() {
        CommunicationGraph g = new WattsStrogatzTopology(10, 4, 0.0).generate(new Random(3));

        assertEquals(20, g.edgeCount());
        assertArrayEquals(new int[] {1, 2, 8, 9}, g.neighbours(0));
        assertArrayEquals(new int[] {3, 4, 6, 7}, g.neighbours(5));
    }

    @Test
    void wattsStrogatzRewiringKeepsEdgeCount() {
        CommunicationGraph lattice = new WattsStrogatzTopology(30, 4, 0.0).generate(new Random(3));
        CommunicationGraph rewired = new WattsStrogatzTopology(30, 4, 0.5).generate(new Random(3));

        assertEquals(60, rewired.edgeCount());
        assertFalse(lattice.equals(rewired), "beta = 0.5 should move some of the 60 edges");
    }

    @Test
    void barabasiAlbertEdgeCountAndConnectivity() {
        CommunicationGraph g = new BarabasiAlbertTopology(20, 3, 2).generate(new Random(11));

        assertEquals(3 + 17 * 2, g.edgeCount());
        assertTrue(g.isConnected());
        assertTrue(g.minDegree() >= 2, "min degree " + g.minDegree());
    }

    @Test
    void randomGeometricLinksPointsWithinRadius() {
        int n = 25;
        double radius = 0.3;
        RandomGeometricTopology topology = new RandomGeometricTopology(n, radius);

        CommunicationGraph g = topology.generate(new Random(8));
        double[][] points = topology.drawPoints(new Random(8));

        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double distance = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
                assertEquals(distance <= radius, g.hasEdge(i, j), "pair " + i + "," + j + " at distance " + distance);
            }
        }
    }

    @Test
    void randomGeometricExtremeRadii() {
        assertEquals(0, new RandomGeometricTopology(10, 0.0).generate(new Random(2)).edgeCount());
        assertEquals(45, new RandomGeometricTopology(10, Math.sqrt(2.0)).generate(new Random(2)).edgeCount());
    }

    @Test
    void randomFamiliesRejectMissingRandom() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ErdosRenyiTopology(5, 0.5).generate(null));

        assertTrue(error.getMessage().contains("java.util.Random"), error.getMessage());
    }

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of((Supplier<Object>) () -> new CompleteTopology(1), "n = 1"),
                Arguments.of((Supplier<Object>) () -> new RingTopology(2), "n = 2"),
                Arguments.of((Supplier<Object>) () -> new PathTopology(0), "n = 0"),
                Arguments.of((Supplier<Object>) () -> new StarTopology(-3), "n = -3"),
                Arguments.of((Supplier<Object>) () -> new GridTopology(1, 4, false), "rows = 1"),
                Arguments.of((Supplier<Object>) () -> new GridTopology(3, 2, true), "cols = 2"),
                Arguments.of((Supplier<Object>) () -> new ErdosRenyiTopology(10, 1.5), "p = 1.5"),
                Arguments.of((Supplier<Object>) () -> new ErdosRenyiTopology(10, Double.NaN), "p = NaN"),
                Arguments.of((Supplier<Object>) () -> new RandomRegularTopology(7, 3), "k = 3"),
                Arguments.of((Supplier<Object>) () -> new RandomRegularTopology(6, 6), "k = 6"),
                Arguments.of((Supplier<Object>) () -> new RandomRegularTopology(6, 0), "k = 0"),
                Arguments.of((Supplier<Object>) () -> new WattsStrogatzTopology(10, 3, 0.1), "k = 3"),
                Arguments.of((Supplier<Object>) () -> new WattsStrogatzTopology(10, 10, 0.1), "k = 10"),
                Arguments.of((Supplier<Object>) () -> new WattsStrogatzTopology(10, 4, -0.2), "beta = -0.2"),
                Arguments.of((Supplier<Object>) () -> new BarabasiAlbertTopology(10, 2, 3), "m0 = 2"),
                Arguments.of((Supplier<Object>) () -> new BarabasiAlbertTopology(10, 3, 0), "m = 0"),
                Arguments.of((Supplier<Object>) () -> new BarabasiAlbertTopology(10, 11, 2), "m0 = 11"),
                Arguments.of((Supplier<Object>) () -> new RandomGeometricTopology(10, -0.1), "radius = -0.1"),
                Arguments.of((Supplier<Object>) () -> new RandomGeometricTopology(10, Double.POSITIVE_INFINITY),
                        "radius = Infinity"));
    }

    @ParameterizedTest
    @MethodSource("invalidParameters")
    void invalidParameterNamesItsValue(Supplier<Object> construction, String expected) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, construction::get);

        assertTrue(error.getMessage().contains(expected), "message '" + error.getMessage() + "' lacks '" + expected + "'");
    }
}
