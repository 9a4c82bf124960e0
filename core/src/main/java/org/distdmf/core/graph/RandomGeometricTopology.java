package org.distdmf.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random geometric graph in the unit square: {@code n} points drawn uniformly from
 * {@code [0, 1)^2}, and two agents talk when their Euclidean distance is at most {@code radius}.
 *
 * <p>Reference: M. Penrose, "Random Geometric Graphs", Oxford University Press (2003); the model
 * goes back to E. N. Gilbert, "Random plane networks" (1961). JGraphT 1.5.3 has no generator for
 * it, so this class draws the points itself: agent {@code i} gets {@code x = nextDouble()}, then
 * {@code y = nextDouble()}, in agent order. The graph is connected with high probability once
 * {@code radius} exceeds about {@code sqrt(ln(n) / (pi n))}; a radius of {@code sqrt(2)} or more
 * gives the complete graph. It models wireless sensor networks, where range decides who talks.
 */
public final class RandomGeometricTopology implements TopologyGenerator {

    private static final String FAMILY = "a random geometric graph";

    private final int n;
    private final double radius;

    /** @throws IllegalArgumentException if {@code n < 2} or {@code radius} is negative or not finite */
    public RandomGeometricTopology(int n, double radius) {
        FamilySupport.requireAgentsAtLeast(n, 2, FAMILY);
        if (!(radius >= 0.0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("Invalid radius = " + radius + " for " + FAMILY
                    + ": the connection radius must be a finite number >= 0 (unit square side = 1)");
        }
        this.n = n;
        this.radius = radius;
    }

    public double radius() {
        return radius;
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
        return connect(drawPoints(random));
    }

    /** Draws the agent positions, {@code points[i] = {x, y}}, from {@code random}. */
    public double[][] drawPoints(Random random) {
        FamilySupport.requireRandom(random, FAMILY);
        double[][] points = new double[n][2];
        for (int i = 0; i < n; i++) {
            points[i][0] = random.nextDouble();
            points[i][1] = random.nextDouble();
        }
        return points;
    }

    /**
     * Links every pair of points at Euclidean distance at most {@code radius}.
     *
     * @throws IllegalArgumentException if {@code points} does not hold {@code n} pairs
     */
    public CommunicationGraph connect(double[][] points) {
        if (points.length != n) {
            throw new IllegalArgumentException("Invalid points: expected " + n + " positions but got " + points.length);
        }
        double radiusSquared = radius * radius;
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (points[i].length != 2) {
                throw new IllegalArgumentException("Invalid position of agent " + i + ": expected {x, y} but got "
                        + points[i].length + " coordinates");
            }
            for (int j = i + 1; j < n; j++) {
                double dx = points[i][0] - points[j][0];
                double dy = points[i][1] - points[j][1];
                if (dx * dx + dy * dy <= radiusSquared) {
                    edges.add(new int[] {i, j});
                }
            }
        }
        return CommunicationGraph.fromEdges(n, edges);
    }
}
