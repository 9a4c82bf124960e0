package org.distdmf.core.graph;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * A graph family and its parameters. Each family reads only the components listed by
 * {@link GraphFamily#parameterNames()} and ignores the others; the static factories set unused
 * integers to 0 and unused doubles to NaN.
 *
 * <p>The constructor validates the parameters the family reads and throws an
 * {@link IllegalArgumentException} naming the parameter and its value, so every existing
 * {@code GraphSpec} describes a graph that {@link GraphFactory} can draw.
 *
 * @param family the graph family
 * @param n the number of agents; for {@link GraphFamily#GRID} and {@link GraphFamily#TORUS} it
 *     must equal {@code rows * cols}
 * @param p the edge probability of {@link GraphFamily#ERDOS_RENYI}, in {@code [0, 1]}
 * @param k the degree of {@link GraphFamily#RANDOM_REGULAR}, or the even lattice degree of
 *     {@link GraphFamily#WATTS_STROGATZ}
 * @param beta the rewiring probability of {@link GraphFamily#WATTS_STROGATZ}, in {@code [0, 1]}
 * @param m0 the size of the initial complete graph of {@link GraphFamily#BARABASI_ALBERT}
 * @param m the edges each new agent adds in {@link GraphFamily#BARABASI_ALBERT}
 * @param rows the rows of {@link GraphFamily#GRID} or {@link GraphFamily#TORUS}
 * @param cols the columns of {@link GraphFamily#GRID} or {@link GraphFamily#TORUS}
 * @param radius the connection radius of {@link GraphFamily#RANDOM_GEOMETRIC}, in units of the
 *     side of the unit square
 */
public record GraphSpec(GraphFamily family, int n, double p, int k, double beta, int m0, int m, int rows, int cols,
        double radius) {

    public GraphSpec {
        Objects.requireNonNull(family, "family");
        if ((family == GraphFamily.GRID || family == GraphFamily.TORUS) && (long) rows * cols != n) {
            throw new IllegalArgumentException("Invalid n = " + n + " for a " + family.id() + " of rows x cols = "
                    + rows + " x " + cols + ": n must equal rows * cols = " + ((long) rows * cols));
        }
        createGenerator(family, n, p, k, beta, m0, m, rows, cols, radius);
    }

    public static GraphSpec complete(int n) {
        return of(GraphFamily.COMPLETE, n);
    }

    public static GraphSpec ring(int n) {
        return of(GraphFamily.RING, n);
    }

    public static GraphSpec path(int n) {
        return of(GraphFamily.PATH, n);
    }

    public static GraphSpec star(int n) {
        return of(GraphFamily.STAR, n);
    }

    public static GraphSpec grid(int rows, int cols) {
        return new GraphSpec(GraphFamily.GRID, rows * cols, Double.NaN, 0, Double.NaN, 0, 0, rows, cols, Double.NaN);
    }

    public static GraphSpec torus(int rows, int cols) {
        return new GraphSpec(GraphFamily.TORUS, rows * cols, Double.NaN, 0, Double.NaN, 0, 0, rows, cols, Double.NaN);
    }

    public static GraphSpec erdosRenyi(int n, double p) {
        return new GraphSpec(GraphFamily.ERDOS_RENYI, n, p, 0, Double.NaN, 0, 0, 0, 0, Double.NaN);
    }

    public static GraphSpec randomRegular(int n, int k) {
        return new GraphSpec(GraphFamily.RANDOM_REGULAR, n, Double.NaN, k, Double.NaN, 0, 0, 0, 0, Double.NaN);
    }

    public static GraphSpec wattsStrogatz(int n, int k, double beta) {
        return new GraphSpec(GraphFamily.WATTS_STROGATZ, n, Double.NaN, k, beta, 0, 0, 0, 0, Double.NaN);
    }

    /** Barabasi-Albert graph grown from a complete graph on {@code m0} agents. */
    public static GraphSpec barabasiAlbert(int n, int m0, int m) {
        return new GraphSpec(GraphFamily.BARABASI_ALBERT, n, Double.NaN, 0, Double.NaN, m0, m, 0, 0, Double.NaN);
    }

    public static GraphSpec randomGeometric(int n, double radius) {
        return new GraphSpec(GraphFamily.RANDOM_GEOMETRIC, n, Double.NaN, 0, Double.NaN, 0, 0, 0, 0, radius);
    }

    private static GraphSpec of(GraphFamily family, int n) {
        return new GraphSpec(family, n, Double.NaN, 0, Double.NaN, 0, 0, 0, 0, Double.NaN);
    }

    /** Creates the generator of this family with these parameters. */
    public TopologyGenerator generator() {
        return createGenerator(family, n, p, k, beta, m0, m, rows, cols, radius);
    }

    private static TopologyGenerator createGenerator(GraphFamily family, int n, double p, int k, double beta, int m0,
            int m, int rows, int cols, double radius) {
        switch (family) {
            case COMPLETE:
                return new CompleteTopology(n);
            case RING:
                return new RingTopology(n);
            case PATH:
                return new PathTopology(n);
            case STAR:
                return new StarTopology(n);
            case GRID:
                return new GridTopology(rows, cols, false);
            case TORUS:
                return new GridTopology(rows, cols, true);
            case ERDOS_RENYI:
                return new ErdosRenyiTopology(n, p);
            case RANDOM_REGULAR:
                return new RandomRegularTopology(n, k);
            case WATTS_STROGATZ:
                return new WattsStrogatzTopology(n, k, beta);
            case BARABASI_ALBERT:
                return new BarabasiAlbertTopology(n, m0, m);
            case RANDOM_GEOMETRIC:
                return new RandomGeometricTopology(n, radius);
            default:
                throw new AssertionError("Unhandled graph family " + family);
        }
    }

    /** Returns the family id and the parameters it reads, for example {@code erdos_renyi(n=20, p=0.8)}. */
    public String describe() {
        StringJoiner parameters = new StringJoiner(", ", family.id() + "(", ")");
        for (String name : family.parameterNames()) {
            parameters.add(name + "=" + parameterValue(name));
        }
        return parameters.toString();
    }

    private Object parameterValue(String name) {
        switch (name) {
            case "n":
                return n;
            case "p":
                return p;
            case "k":
                return k;
            case "beta":
                return beta;
            case "m0":
                return m0;
            case "m":
                return m;
            case "rows":
                return rows;
            case "cols":
                return cols;
            case "radius":
                return radius;
            default:
                throw new AssertionError("Unknown parameter " + name);
        }
    }
}
