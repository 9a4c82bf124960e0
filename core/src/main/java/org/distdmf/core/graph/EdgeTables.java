package org.distdmf.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;

/**
 * Converts a graph and its mixing matrix to and from an edge table with the columns
 * {@code source}, {@code target} and {@code weight}, the shape in which KNIME workflows pass
 * weighted graphs around.
 *
 * <p>The table lists each edge once as {@code (i, j, V_ij)} with {@code i < j} and each diagonal
 * entry as {@code (i, i, V_ii)}, sorted by {@code source}, then {@code target}. Doubles keep every
 * bit through {@link ResultTable}'s CSV, so {@code fromTable(toTable(g, V))} returns {@code g} and
 * {@code V} exactly.
 */
public final class EdgeTables {

    /** Name of the table returned by {@link #toTable}. */
    public static final String TABLE_NAME = "mixing_edges";

    /** Tolerance of {@link #fromTable(ResultTable)}: loose enough for weights typed with 10 digits. */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    private EdgeTables() {
    }

    /** Returns the column names and types of the edge table: {@code source}, {@code target}, {@code weight}. */
    public static Map<String, ColumnType> columnTypes() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("source", ColumnType.INTEGER);
        columns.put("target", ColumnType.INTEGER);
        columns.put("weight", ColumnType.DOUBLE);
        return columns;
    }

    /**
     * Lists the edges and the diagonal of {@code v}.
     *
     * @throws IllegalArgumentException if {@code v} is not {@code n x n} or is nonzero between
     *     agents that are not neighbours, because the table could not represent that entry
     */
    public static ResultTable toTable(CommunicationGraph graph, DMatrixRMaj v) {
        Objects.requireNonNull(graph, "graph");
        MixingMatrixValidator.checkShape(v, graph.agentCount());
        MixingMatrixValidator.checkSupport(v, graph);
        ResultTable.Builder builder = ResultTable.builder(TABLE_NAME);
        columnTypes().forEach(builder::column);
        for (int i = 0; i < graph.agentCount(); i++) {
            builder.row(i, i, v.unsafe_get(i, i));
            for (int j : graph.neighbours(i)) {
                if (j > i) {
                    builder.row(i, j, v.unsafe_get(i, j));
                }
            }
        }
        return builder.build();
    }

    /**
     * Reads a graph and its mixing matrix from an edge table, validated with
     * {@link #DEFAULT_TOLERANCE} and no negative entries.
     *
     * @throws IllegalArgumentException as {@link #fromTable(ResultTable, double, boolean)}
     */
    public static MixingNetwork fromTable(ResultTable table) {
        return fromTable(table, DEFAULT_TOLERANCE, false);
    }

    /**
     * Reads a graph and its mixing matrix from an edge table.
     *
     * <p>Every row {@code (i, j, w)} with {@code i != j} adds the edge {@code {i, j}} with
     * {@code V_ij = V_ji = w}; an edge may appear in both directions if the weights agree. A row
     * {@code (i, i, w)} sets {@code V_ii = w}. A missing diagonal entry is set to
     * {@code 1 - sum_{j != i} V_ij}, so tables without diagonal rows work too. The agent count is
     * the largest id plus one. The {@code source} and {@code target} cells may be integers,
     * integral doubles or strings holding integers.
     *
     * @param allowNegativeDiagonal accept a negative diagonal, as the best-constant rule produces
     * @throws IllegalArgumentException naming the row and value of a missing column, missing or
     *     non-integer id, negative id, non-finite weight or conflicting duplicate edge, or the
     *     first defect {@link MixingMatrixValidator} finds
     */
    public static MixingNetwork fromTable(ResultTable table, double tolerance, boolean allowNegativeDiagonal) {
        Objects.requireNonNull(table, "table");
        int sourceColumn = table.requireColumn("source");
        int targetColumn = table.requireColumn("target");
        int weightColumn = table.requireColumn("weight");

        Map<Long, Double> offDiagonal = new LinkedHashMap<>();
        Map<Long, Integer> offDiagonalRow = new HashMap<>();
        Map<Integer, Double> diagonal = new HashMap<>();
        List<int[]> edges = new ArrayList<>();
        int largestId = -1;
        for (int row = 0; row < table.rowCount(); row++) {
            int i = readId(table, row, sourceColumn);
            int j = readId(table, row, targetColumn);
            double weight = readWeight(table, row, weightColumn);
            largestId = Math.max(largestId, Math.max(i, j));
            if (i == j) {
                putDiagonal(table, row, i, weight, diagonal);
                continue;
            }
            long key = pairKey(Math.min(i, j), Math.max(i, j));
            Double previous = offDiagonal.putIfAbsent(key, weight);
            if (previous == null) {
                offDiagonalRow.put(key, row);
                edges.add(new int[] {i, j});
            } else if (previous != weight) {
                throw new IllegalArgumentException("Conflicting weights in table '" + table.name() + "': row "
                        + offDiagonalRow.get(key) + " gives edge (" + Math.min(i, j) + ", " + Math.max(i, j) + ") weight "
                        + previous + " but row " + row + " gives " + weight + "; list each edge once");
            }
        }
        if (largestId < 0) {
            throw new IllegalArgumentException("Table '" + table.name() + "' has no rows; list the edges and weights");
        }

        CommunicationGraph graph = CommunicationGraph.fromEdges(largestId + 1, edges);
        DMatrixRMaj v = assemble(graph.agentCount(), offDiagonal, diagonal);
        MixingMatrixValidator.validate(v, graph, tolerance, allowNegativeDiagonal);
        return new MixingNetwork(graph, v);
    }

    private static void putDiagonal(ResultTable table, int row, int agent, double weight, Map<Integer, Double> diagonal) {
        Double previous = diagonal.putIfAbsent(agent, weight);
        if (previous != null && previous != weight) {
            throw new IllegalArgumentException("Conflicting weights in table '" + table.name() + "': agent " + agent
                    + " has diagonal weight " + previous + " and, in row " + row + ", " + weight
                    + "; list each diagonal entry once");
        }
    }

    private static DMatrixRMaj assemble(int n, Map<Long, Double> offDiagonal, Map<Integer, Double> diagonal) {
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        for (Map.Entry<Long, Double> entry : offDiagonal.entrySet()) {
            int i = (int) (entry.getKey() >>> 32);
            int j = (int) (entry.getKey() & 0xffffffffL);
            v.unsafe_set(i, j, entry.getValue());
            v.unsafe_set(j, i, entry.getValue());
        }
        for (int i = 0; i < n; i++) {
            Double diagonalEntry = diagonal.get(i);
            if (diagonalEntry != null) {
                v.unsafe_set(i, i, diagonalEntry);
            } else {
                double rowSum = 0.0;
                for (int j = 0; j < n; j++) {
                    rowSum += v.unsafe_get(i, j);
                }
                v.unsafe_set(i, i, 1.0 - rowSum);
            }
        }
        return v;
    }

    private static long pairKey(int low, int high) {
        return ((long) low << 32) | high;
    }

    private static int readId(ResultTable table, int row, int column) {
        Object cell = table.cell(row, column);
        String where = "table '" + table.name() + "', row " + row + ", column '" + table.columnName(column) + "'";
        if (cell == null) {
            throw new IllegalArgumentException("Missing agent id in " + where + "; every row needs a source and a target");
        }
        double value;
        if (cell instanceof Number) {
            value = ((Number) cell).doubleValue();
        } else {
            try {
                value = Double.parseDouble(cell.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid agent id in " + where + ": expected an integer but found '"
                        + cell + "'", e);
            }
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Invalid agent id in " + where + ": expected an integer but found " + cell);
        }
        if (value < 0) {
            throw new IllegalArgumentException("Invalid agent id " + cell + " in " + where
                    + ": ids must be >= 0 because agents are numbered from 0");
        }
        return (int) value;
    }

    private static double readWeight(ResultTable table, int row, int column) {
        Object cell = table.cell(row, column);
        String where = "table '" + table.name() + "', row " + row + ", column '" + table.columnName(column) + "'";
        if (cell == null) {
            throw new IllegalArgumentException("Missing weight in " + where + "; every row needs a weight");
        }
        double value;
        if (cell instanceof Number) {
            value = ((Number) cell).doubleValue();
        } else {
            try {
                value = Double.parseDouble(cell.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid weight in " + where + ": expected a number but found '"
                        + cell + "'", e);
            }
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid weight " + value + " in " + where + ": weights must be finite");
        }
        return value;
    }
}
