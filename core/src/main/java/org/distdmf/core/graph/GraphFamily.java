package org.distdmf.core.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The graph families {@link GraphFactory} can build, with the {@link GraphSpec} parameters each
 * one reads. The {@link #id()} is the lower-case name used on the command line and in tables.
 */
public enum GraphFamily {
    /** {@link CompleteTopology}. */
    COMPLETE("complete", false, "n"),
    /** {@link RingTopology}. */
    RING("ring", false, "n"),
    /** {@link PathTopology}. */
    PATH("path", false, "n"),
    /** {@link StarTopology}, hub at agent 0. */
    STAR("star", false, "n"),
    /** {@link GridTopology} without wrap-around; {@code n = rows * cols}. */
    GRID("grid", false, "rows", "cols"),
    /** {@link GridTopology} with wrap-around; {@code n = rows * cols}. */
    TORUS("torus", false, "rows", "cols"),
    /** {@link ErdosRenyiTopology}. */
    ERDOS_RENYI("erdos_renyi", true, "n", "p"),
    /** {@link RandomRegularTopology}. */
    RANDOM_REGULAR("random_regular", true, "n", "k"),
    /** {@link WattsStrogatzTopology}. */
    WATTS_STROGATZ("watts_strogatz", true, "n", "k", "beta"),
    /** {@link BarabasiAlbertTopology}. */
    BARABASI_ALBERT("barabasi_albert", true, "n", "m0", "m"),
    /** {@link RandomGeometricTopology}. */
    RANDOM_GEOMETRIC("random_geometric", true, "n", "radius");

    private final String id;
    private final boolean random;
    private final List<String> parameterNames;

    GraphFamily(String id, boolean random, String... parameterNames) {
        this.id = id;
        this.random = random;
        this.parameterNames = List.of(parameterNames);
    }

    public String id() {
        return id;
    }

    /** Returns whether graphs of this family are drawn at random, so that a connectivity policy applies. */
    public boolean isRandom() {
        return random;
    }

    /** Returns the names of the {@link GraphSpec} components this family reads, in display order. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * Parses an {@link #id()} or constant name, ignoring case and treating {@code -} as {@code _}.
     *
     * @throws IllegalArgumentException naming the value and the known families
     */
    public static GraphFamily fromId(String text) {
        String normalized = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (GraphFamily family : values()) {
            if (family.id.equals(normalized)) {
                return family;
            }
        }
        String known = Arrays.stream(values()).map(GraphFamily::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown graph family '" + text + "'; use one of " + known);
    }
}
