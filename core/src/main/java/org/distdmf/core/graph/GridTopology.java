package org.distdmf.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jgrapht.generate.GridGraphGenerator;

/**
 * Two-dimensional grid of {@code rows x cols} agents, optionally with wrap-around (a torus).
 *
 * <p>Agent {@code r * cols + c} sits in row {@code r} and column {@code c} and talks to its
 * horizontal and vertical neighbours. The grid comes from JGraphT's {@link GridGraphGenerator}.
 * The torus adds the wrap-around edges from the last column to the first and from the last row to
 * the first, so every agent has degree 4. The Laplacian of the torus is the Kronecker sum of two
 * ring Laplacians, with eigenvalues {@code 4 - 2 cos(2 pi a / rows) - 2 cos(2 pi b / cols)}.
 */
public final class GridTopology implements TopologyGenerator {

    private final int rows;
    private final int cols;
    private final boolean wrapAround;

    /**
     * @param wrapAround {@code true} for a torus
     * @throws IllegalArgumentException if {@code rows} or {@code cols} is below 2, or below 3 for a
     *     torus, because a wrap-around edge of a 2-long side would duplicate an existing edge
     */
    public GridTopology(int rows, int cols, boolean wrapAround) {
        int minimum = wrapAround ? 3 : 2;
        String family = wrapAround ? "a torus" : "a grid";
        if (rows < minimum) {
            throw new IllegalArgumentException("Invalid rows = " + rows + " for " + family + ": it needs at least "
                    + minimum + " rows");
        }
        if (cols < minimum) {
            throw new IllegalArgumentException("Invalid cols = " + cols + " for " + family + ": it needs at least "
                    + minimum + " columns");
        }
        if ((long) rows * cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Invalid rows x cols = " + rows + " x " + cols + " for " + family
                    + ": the agent count overflows an int");
        }
        this.rows = rows;
        this.cols = cols;
        this.wrapAround = wrapAround;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public boolean wrapAround() {
        return wrapAround;
    }

    @Override
    public int agentCount() {
        return rows * cols;
    }

    @Override
    public boolean isRandom() {
        return false;
    }

    @Override
    public CommunicationGraph generate(Random random) {
        CommunicationGraph grid = FamilySupport.generate(new GridGraphGenerator<>(rows, cols));
        if (!wrapAround) {
            return grid;
        }
        List<int[]> wrapEdges = new ArrayList<>(rows + cols);
        for (int r = 0; r < rows; r++) {
            wrapEdges.add(new int[] {r * cols, r * cols + cols - 1});
        }
        for (int c = 0; c < cols; c++) {
            wrapEdges.add(new int[] {c, (rows - 1) * cols + c});
        }
        return grid.withEdges(wrapEdges);
    }
}
