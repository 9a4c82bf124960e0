package org.distdmf.core.graph;

import java.util.Random;

import org.jgrapht.generate.GraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/** Parameter checks and the JGraphT bridge shared by the graph families. */
final class FamilySupport {

    private FamilySupport() {
    }

    static void requireAgentsAtLeast(int n, int minimum, String family) {
        if (n < minimum) {
            throw new IllegalArgumentException("Invalid n = " + n + " for " + family + ": it needs at least "
                    + minimum + " agents; increase n");
        }
    }

    static void requireProbability(String name, double value, String family) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("Invalid " + name + " = " + value + " for " + family
                    + ": a probability must lie in [0, 1]");
        }
    }

    static void requireRandom(Random random, String family) {
        if (random == null) {
            throw new IllegalArgumentException("Missing random number generator for " + family
                    + ": random families need a java.util.Random, for example new Random(seed)");
        }
    }

    /** Runs a JGraphT generator on an empty simple graph whose vertices are numbered from 0. */
    static CommunicationGraph generate(GraphGenerator<Integer, DefaultEdge, Integer> generator) {
        SimpleGraph<Integer, DefaultEdge> target =
                new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        generator.generateGraph(target);
        return CommunicationGraph.fromGraph(target);
    }
}
