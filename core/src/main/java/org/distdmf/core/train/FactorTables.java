package org.distdmf.core.train;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.problem.Factorization;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;

/** Converts per-agent factors to and from the long table {@code agent, layer, row, column, value}. */
public final class FactorTables {

    private FactorTables() {
    }

    public static ResultTable toTable(List<Factorization> agents) {
        ResultTable.Builder table = ResultTable.builder("factors")
                .column("agent", ColumnType.INTEGER)
                .column("layer", ColumnType.INTEGER)
                .column("row", ColumnType.INTEGER)
                .column("column", ColumnType.INTEGER)
                .column("value", ColumnType.DOUBLE);
        for (int i = 0; i < agents.size(); i++) {
            Factorization factors = agents.get(i);
            for (int l = 0; l < factors.depth(); l++) {
                DMatrixRMaj layer = factors.layer(l);
                for (int r = 0; r < layer.numRows; r++) {
                    for (int c = 0; c < layer.numCols; c++) {
                        table.row(i, l + 1, r, c, layer.get(r, c));
                    }
                }
            }
        }
        return table.build();
    }

    /**
     * Reads per-agent factors with the given widths back from the long table.
     *
     * @throws IllegalArgumentException naming the agent, layer or entry that does not fit the widths
     */
    public static List<Factorization> fromTable(ResultTable table, int[] widths, int agents) {
        int agentColumn = table.requireColumn("agent");
        int layerColumn = table.requireColumn("layer");
        int rowColumn = table.requireColumn("row");
        int columnColumn = table.requireColumn("column");
        int valueColumn = table.requireColumn("value");
        List<Factorization> factors = new ArrayList<>();
        int[][] counts = new int[agents][widths.length];
        for (int i = 0; i < agents; i++) {
            factors.add(Factorization.zeros(widths));
        }
        for (int r = 0; r < table.rowCount(); r++) {
            int agent = (int) table.doubleCell(r, agentColumn);
            int layer = (int) table.doubleCell(r, layerColumn);
            int row = (int) table.doubleCell(r, rowColumn);
            int column = (int) table.doubleCell(r, columnColumn);
            if (agent < 0 || agent >= agents) {
                throw new IllegalArgumentException("factors table row " + r + " names agent " + agent + " but there are "
                        + agents + " agents");
            }
            if (layer < 1 || layer >= widths.length) {
                throw new IllegalArgumentException("factors table row " + r + " names layer " + layer + " but the depth is "
                        + (widths.length - 1));
            }
            DMatrixRMaj matrix = factors.get(agent).layer(layer - 1);
            if (row < 0 || row >= matrix.numRows || column < 0 || column >= matrix.numCols) {
                throw new IllegalArgumentException("factors table row " + r + ": entry (" + row + ", " + column
                        + ") lies outside layer " + layer + " of shape " + matrix.numRows + " x " + matrix.numCols);
            }
            double value = table.doubleCell(r, valueColumn);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("factors table row " + r + " has the non-finite value " + value);
            }
            matrix.set(row, column, value);
            counts[agent][layer]++;
        }
        for (int i = 0; i < agents; i++) {
            for (int l = 1; l < widths.length; l++) {
                int expected = widths[l] * widths[l - 1];
                if (counts[i][l] != expected) {
                    throw new IllegalArgumentException("factors table has " + counts[i][l] + " entries for agent " + i
                            + " layer " + l + " but its shape " + widths[l] + " x " + widths[l - 1] + " needs " + expected);
                }
            }
        }
        return factors;
    }
}
