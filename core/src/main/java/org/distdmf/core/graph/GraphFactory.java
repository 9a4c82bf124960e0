package org.distdmf.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.distdmf.core.problem.MemoryEstimate;

/**
 * Single entry point that builds a graph from a {@link GraphSpec} under a
 * {@link ConnectivityPolicy} and reports whether the result is connected.
 *
 * <p>The same spec, policy and seed always give the same graph, because every random choice comes
 * from one {@code new Random(seed)} that successive draws share.
 */
public final class GraphFactory {

    /** Draws allowed by {@link ConnectivityPolicy#RESAMPLE_UNTIL_CONNECTED} unless the caller sets another limit. */
    public static final int DEFAULT_MAX_DRAWS = 1000;

    private static final Logger LOG = Logger.getLogger(GraphFactory.class.getName());

    private GraphFactory() {
    }

    /** Builds a graph with {@code new Random(seed)} and at most {@link #DEFAULT_MAX_DRAWS} draws. */
    public static GraphSample build(GraphSpec spec, ConnectivityPolicy policy, long seed) {
        return build(spec, policy, new Random(seed), DEFAULT_MAX_DRAWS);
    }

    /** Builds a graph with {@code new Random(seed)} and at most {@code maxDraws} draws. */
    public static GraphSample build(GraphSpec spec, ConnectivityPolicy policy, long seed, int maxDraws) {
        return build(spec, policy, new Random(seed), maxDraws);
    }

    /**
     * Builds a graph, drawing from {@code random}.
     *
     * @param maxDraws the largest number of graphs {@link ConnectivityPolicy#RESAMPLE_UNTIL_CONNECTED}
     *     may draw; at least 1, ignored by the other policies
     * @throws IllegalArgumentException if {@code maxDraws < 1}, or if resampling found no connected
     *     graph within {@code maxDraws} draws (the message names the draws and the parameters)
     */
    public static GraphSample build(GraphSpec spec, ConnectivityPolicy policy, Random random, int maxDraws) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(random, "random");
        if (maxDraws < 1) {
            throw new IllegalArgumentException("Invalid maxDraws = " + maxDraws + ": at least one draw is needed");
        }

        MemoryEstimate.checkDense("mixing matrix of " + spec.n() + " agents", (double) spec.n() * spec.n() * 3);
        TopologyGenerator generator = spec.generator();
        CommunicationGraph graph = generator.generate(random);
        if (!generator.isRandom() || policy == ConnectivityPolicy.AS_DRAWN) {
            return new GraphSample(spec, policy, graph, graph.isConnected(), 1, 0);
        }

        if (policy == ConnectivityPolicy.PATCH_ISOLATED) {
            List<int[]> edges = patchEdges(graph);
            int patchedAgents = edges.size() - graph.edgeCount();
            CommunicationGraph patched = CommunicationGraph.fromEdges(graph.agentCount(), edges);
            return new GraphSample(spec, policy, patched, patched.isConnected(), 1, patchedAgents);
        }

        int draws = 1;
        while (!graph.isConnected()) {
            if (draws == maxDraws) {
                throw new IllegalArgumentException("Failed to draw a connected graph in " + maxDraws + " draws of " + spec.describe()
                        + "; make the graph denser (larger p, k, m or radius), allow more draws, or choose the "
                        + "connectivity policy that patches isolated agents or keeps the graph as drawn");
            }
            graph = generator.generate(random);
            draws++;
        }
        if (draws > 1) {
            LOG.log(Level.FINE, "Drew {0} graphs of {1} to get a connected one", new Object[] {draws, spec.describe()});
        }
        return new GraphSample(spec, policy, graph, true, draws, 0);
    }

    /**
     * Links each isolated agent to its successor {@code (i + 1) mod n}, visiting agents in order
     * {@code 0..n-1}. An agent counts as isolated when it is visited, so if agents {@code i} and
     * {@code i + 1} are both isolated, only the edge {@code (i, i + 1)} is added. The result has no
     * isolated agent but may still be disconnected.
     */
    public static CommunicationGraph patchIsolatedAgents(CommunicationGraph graph) {
        return CommunicationGraph.fromEdges(graph.agentCount(), patchEdges(graph));
    }

    /** Returns the edges of {@code graph} plus one new edge per patched agent. */
    private static List<int[]> patchEdges(CommunicationGraph graph) {
        int n = graph.agentCount();
        int[] degree = new int[n];
        List<int[]> edges = new ArrayList<>(graph.edges());
        for (int i = 0; i < n; i++) {
            degree[i] = graph.degree(i);
        }
        for (int i = 0; i < n; i++) {
            if (degree[i] == 0) {
                int successor = (i + 1) % n;
                edges.add(new int[] {i, successor});
                degree[i]++;
                degree[successor]++;
            }
        }
        return edges;
    }
}
