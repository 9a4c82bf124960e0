package org.distdmf.core.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.ejml.data.DMatrixRMaj;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.GraphMeasurer;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Immutable undirected simple graph on agents {@code 0..n-1}: agent {@code i} may exchange
 * parameters with agent {@code j} exactly when {@code hasEdge(i, j)}.
 *
 * <p>The graph is backed by a JGraphT {@link SimpleGraph} with {@code Integer} vertices, so it has
 * no self loops and no parallel edges. Connectivity and the diameter are computed on first request
 * and cached. Two graphs are equal when they have the same agent count and the same edge set.
 */
public final class CommunicationGraph {

    private final int agentCount;
    private final int edgeCount;
    private final int[][] neighbours;
    private final Graph<Integer, DefaultEdge> graph;

    // Lazily computed and cached. A race only repeats the same computation, because the graph is
    // immutable, so no synchronisation is needed.
    private volatile Boolean connected;
    private volatile Integer diameter;

    private CommunicationGraph(SimpleGraph<Integer, DefaultEdge> graph, int agentCount) {
        this.agentCount = agentCount;
        this.edgeCount = graph.edgeSet().size();
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.neighbours = new int[agentCount][];
        for (int agent = 0; agent < agentCount; agent++) {
            neighbours[agent] = sortedNeighbours(graph, agent);
        }
    }

    private static int[] sortedNeighbours(Graph<Integer, DefaultEdge> graph, int agent) {
        int[] sorted = new int[graph.degreeOf(agent)];
        int count = 0;
        for (DefaultEdge edge : graph.edgesOf(agent)) {
            int source = graph.getEdgeSource(edge);
            sorted[count++] = source == agent ? graph.getEdgeTarget(edge) : source;
        }
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Builds a graph on {@code agentCount} agents from pairs {@code {i, j}}.
     *
     * <p>Pairs may come in either order, and a pair given twice, in the same or the opposite
     * order, counts as one edge.
     *
     * @throws IllegalArgumentException if {@code agentCount < 2}, or a pair does not have exactly
     *     two entries, names an agent outside {@code 0..agentCount-1}, or is a self loop; the
     *     message names the edge and the value
     */
    public static CommunicationGraph fromEdges(int agentCount, Iterable<int[]> edges) {
        Objects.requireNonNull(edges, "edges");
        SimpleGraph<Integer, DefaultEdge> graph = emptySimpleGraph(agentCount);
        int index = 0;
        for (int[] edge : edges) {
            addEdgeChecked(graph, agentCount, index, edge);
            index++;
        }
        return new CommunicationGraph(graph, agentCount);
    }

    /**
     * Copies a JGraphT graph whose vertices are exactly {@code 0..n-1}.
     *
     * <p>The source graph may be a multigraph: parallel edges are merged. Self loops are rejected.
     * Edge direction is ignored.
     *
     * @throws IllegalArgumentException if the vertex set is not {@code 0..n-1} with {@code n >= 2},
     *     or the graph has a self loop
     */
    public static <E> CommunicationGraph fromGraph(Graph<Integer, E> source) {
        Objects.requireNonNull(source, "source");
        int agentCount = source.vertexSet().size();
        SimpleGraph<Integer, DefaultEdge> graph = emptySimpleGraph(agentCount);
        for (Integer vertex : source.vertexSet()) {
            if (vertex == null || vertex < 0 || vertex >= agentCount) {
                throw new IllegalArgumentException("Invalid vertex " + vertex + " in a graph of " + agentCount
                        + " vertices: the vertices must be the integers 0.." + (agentCount - 1));
            }
        }
        int index = 0;
        for (E edge : source.edgeSet()) {
            int[] pair = {source.getEdgeSource(edge), source.getEdgeTarget(edge)};
            addEdgeChecked(graph, agentCount, index, pair);
            index++;
        }
        return new CommunicationGraph(graph, agentCount);
    }

    private static SimpleGraph<Integer, DefaultEdge> emptySimpleGraph(int agentCount) {
        if (agentCount < 2) {
            throw new IllegalArgumentException("Invalid agents = " + agentCount
                    + ": a communication graph needs at least 2 agents");
        }
        SimpleGraph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int agent = 0; agent < agentCount; agent++) {
            graph.addVertex(agent);
        }
        return graph;
    }

    private static void addEdgeChecked(SimpleGraph<Integer, DefaultEdge> graph, int agentCount, int index, int[] edge) {
        if (edge == null || edge.length != 2) {
            throw new IllegalArgumentException("Invalid edge " + index + " " + (edge == null ? "null" : Arrays.toString(edge))
                    + ": an edge must be a pair {i, j} of agent ids");
        }
        for (int end : edge) {
            if (end < 0 || end >= agentCount) {
                throw new IllegalArgumentException("Invalid edge " + index + " (" + edge[0] + ", " + edge[1]
                        + "): agent " + end + " is outside 0.." + (agentCount - 1));
            }
        }
        if (edge[0] == edge[1]) {
            throw new IllegalArgumentException("Invalid edge " + index + " (" + edge[0] + ", " + edge[1]
                    + "): self loops are not allowed because every agent always keeps its own state");
        }
        graph.addEdge(edge[0], edge[1]);
    }

    public int agentCount() {
        return agentCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** Returns the neighbours of {@code agent} in increasing order (a fresh copy). */
    public int[] neighbours(int agent) {
        return neighbours[checkAgent(agent)].clone();
    }

    public int degree(int agent) {
        return neighbours[checkAgent(agent)].length;
    }

    public int minDegree() {
        int min = Integer.MAX_VALUE;
        for (int[] list : neighbours) {
            min = Math.min(min, list.length);
        }
        return min;
    }

    public int maxDegree() {
        int max = 0;
        for (int[] list : neighbours) {
            max = Math.max(max, list.length);
        }
        return max;
    }

    /** Returns the agents without any neighbour, in increasing order. */
    public int[] isolatedAgents() {
        return IntStream.range(0, agentCount).filter(agent -> neighbours[agent].length == 0).toArray();
    }

    /** Returns whether {@code i} and {@code j} are neighbours; {@code false} when {@code i == j}. */
    public boolean hasEdge(int i, int j) {
        checkAgent(i);
        checkAgent(j);
        return Arrays.binarySearch(neighbours[i], j) >= 0;
    }

    /** Returns whether every agent can reach every other agent (JGraphT {@link ConnectivityInspector}). */
    public boolean isConnected() {
        Boolean cached = connected;
        if (cached == null) {
            cached = new ConnectivityInspector<>(graph).isConnected();
            connected = cached;
        }
        return cached;
    }

    /**
     * Returns the diameter, the largest number of hops on a shortest path between two agents, or
     * {@code -1} when the graph is not connected.
     *
     * <p>Computed with JGraphT's {@link GraphMeasurer} over one breadth-first search per agent, so
     * the cost is {@code O(n (n + m))} for {@code m} edges.
     */
    public int diameter() {
        Integer cached = diameter;
        if (cached == null) {
            if (isConnected()) {
                double value = new GraphMeasurer<>(graph, new SingleSourceCache(graph)).getDiameter();
                cached = (int) Math.round(value);
            } else {
                cached = -1;
            }
            diameter = cached;
        }
        return cached;
    }

    /** Returns every edge once as {@code {i, j}} with {@code i < j}, sorted by {@code i}, then {@code j}. */
    public List<int[]> edges() {
        List<int[]> edges = new ArrayList<>(edgeCount);
        for (int i = 0; i < agentCount; i++) {
            for (int j : neighbours[i]) {
                if (i < j) {
                    edges.add(new int[] {i, j});
                }
            }
        }
        return Collections.unmodifiableList(edges);
    }

    /** Returns the Laplacian {@code D - A} as a new dense {@code n x n} matrix. */
    public DMatrixRMaj laplacian() {
        DMatrixRMaj laplacian = new DMatrixRMaj(agentCount, agentCount);
        for (int i = 0; i < agentCount; i++) {
            laplacian.unsafe_set(i, i, neighbours[i].length);
            for (int j : neighbours[i]) {
                laplacian.unsafe_set(i, j, -1.0);
            }
        }
        return laplacian;
    }

    /** Returns the 0/1 adjacency matrix as a new dense {@code n x n} matrix. */
    public DMatrixRMaj adjacency() {
        DMatrixRMaj adjacency = new DMatrixRMaj(agentCount, agentCount);
        for (int i = 0; i < agentCount; i++) {
            for (int j : neighbours[i]) {
                adjacency.unsafe_set(i, j, 1.0);
            }
        }
        return adjacency;
    }

    /** Returns an unmodifiable JGraphT view of this graph, for JGraphT algorithms. */
    public Graph<Integer, DefaultEdge> asGraph() {
        return graph;
    }

    /**
     * Returns a graph with the given edges added to this one; edges already present are ignored.
     *
     * @throws IllegalArgumentException as {@link #fromEdges} for an invalid pair
     */
    public CommunicationGraph withEdges(Iterable<int[]> extraEdges) {
        List<int[]> all = new ArrayList<>(edges());
        for (int[] edge : extraEdges) {
            all.add(edge);
        }
        return fromEdges(agentCount, all);
    }

    private int checkAgent(int agent) {
        if (agent < 0 || agent >= agentCount) {
            throw new IllegalArgumentException("Invalid agent " + agent + ": agents are numbered 0.." + (agentCount - 1));
        }
        return agent;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CommunicationGraph)) {
            return false;
        }
        CommunicationGraph that = (CommunicationGraph) other;
        return agentCount == that.agentCount && Arrays.deepEquals(neighbours, that.neighbours);
    }

    @Override
    public int hashCode() {
        return 31 * agentCount + Arrays.deepHashCode(neighbours);
    }

    @Override
    public String toString() {
        return "CommunicationGraph[agents=" + agentCount + ", edges=" + edgeCount + "]";
    }

    /**
     * Breadth-first shortest paths that keep the last single-source result. {@link GraphMeasurer}
     * requests the distances from one source to all targets in a row, so one search per source
     * replaces one search per pair.
     */
    private static final class SingleSourceCache implements ShortestPathAlgorithm<Integer, DefaultEdge> {
        private final BFSShortestPath<Integer, DefaultEdge> search;
        private Integer lastSource;
        private SingleSourcePaths<Integer, DefaultEdge> lastPaths;

        SingleSourceCache(Graph<Integer, DefaultEdge> graph) {
            this.search = new BFSShortestPath<>(graph);
        }

        @Override
        public SingleSourcePaths<Integer, DefaultEdge> getPaths(Integer source) {
            if (!source.equals(lastSource)) {
                lastPaths = search.getPaths(source);
                lastSource = source;
            }
            return lastPaths;
        }

        @Override
        public GraphPath<Integer, DefaultEdge> getPath(Integer source, Integer sink) {
            return getPaths(source).getPath(sink);
        }

        @Override
        public double getPathWeight(Integer source, Integer sink) {
            return getPaths(source).getWeight(sink);
        }
    }
}
