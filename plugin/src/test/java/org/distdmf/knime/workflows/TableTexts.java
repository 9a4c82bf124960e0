package org.distdmf.knime.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * Turns KNIME tables into the cell texts a Table Creator stores, and compares an output table with an
 * expected one the way the Table Difference Checker does: same column names and cell types in the same
 * order, row keys {@code Row0, Row1, ...}, equal cells, and doubles within the column's tolerance.
 */
final class TableTexts {

    private TableTexts() {
    }

    /**
     * Returns the cell texts of a table; doubles are written with {@link Double#toString(double)}, which
     * the Table Creator parses back to the same value.
     *
     * @throws IllegalArgumentException if a column's cells are of a type a Table Creator cannot hold
     */
    static KnimeTestingNodes.TextTable of(final BufferedDataTable table) {
        DataTableSpec spec = table.getDataTableSpec();
        List<String> columns = new ArrayList<>();
        List<String> cellClasses = new ArrayList<>();
        for (DataColumnSpec column : spec) {
            columns.add(column.getName());
            cellClasses.add(column.getType().getCellClass().getName());
        }
        List<List<String>> rows = new ArrayList<>();
        for (DataRow row : table) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(text(row.getCell(c), cellClasses.get(c), columns.get(c)));
            }
            rows.add(cells);
        }
        return new KnimeTestingNodes.TextTable(columns, cellClasses, rows);
    }

    private static String text(final DataCell cell, final String cellClass, final String column) {
        if (cell.isMissing()) {
            return null;
        }
        switch (cellClass) {
            case KnimeTestingNodes.DOUBLE_CELL:
                return Double.toString(((DoubleValue)cell).getDoubleValue());
            case KnimeTestingNodes.INT_CELL:
                return Integer.toString(((IntValue)cell).getIntValue());
            case KnimeTestingNodes.LONG_CELL:
                return Long.toString(((LongValue)cell).getLongValue());
            case KnimeTestingNodes.BOOLEAN_CELL:
                return Boolean.toString(((BooleanValue)cell).getBooleanValue());
            case KnimeTestingNodes.STRING_CELL:
                return ((StringValue)cell).getStringValue();
            default:
                throw new IllegalArgumentException("Column '" + column + "' holds " + cellClass
                    + " cells, which an expected table cannot store; check another output instead");
        }
    }

    /**
     * Creates the table a Table Creator produces from these cell texts: rows {@code Row0, Row1, ...}.
     *
     * @throws IllegalArgumentException if a cell class is not one of the five a Table Creator column uses here
     */
    static BufferedDataTable toTable(final KnimeTestingNodes.TextTable text, final ExecutionContext exec) {
        DataColumnSpec[] columns = new DataColumnSpec[text.columns().size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new DataColumnSpecCreator(text.columns().get(c), dataType(text.cellClasses().get(c)))
                .createSpec();
        }
        BufferedDataContainer container = exec.createDataContainer(new DataTableSpec(columns));
        for (int r = 0; r < text.rows().size(); r++) {
            DataCell[] cells = new DataCell[columns.length];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(text.rows().get(r).get(c), text.cellClasses().get(c));
            }
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(r), cells));
        }
        container.close();
        return container.getTable();
    }

    private static DataType dataType(final String cellClass) {
        switch (cellClass) {
            case KnimeTestingNodes.DOUBLE_CELL:
                return DoubleCell.TYPE;
            case KnimeTestingNodes.INT_CELL:
                return IntCell.TYPE;
            case KnimeTestingNodes.STRING_CELL:
                return StringCell.TYPE;
            case KnimeTestingNodes.BOOLEAN_CELL:
                return BooleanCell.TYPE;
            default:
                throw new IllegalArgumentException("Cell class " + cellClass + " is not supported in input tables");
        }
    }

    private static DataCell cell(final String text, final String cellClass) {
        if (text == null) {
            return DataType.getMissingCell();
        }
        switch (cellClass) {
            case KnimeTestingNodes.DOUBLE_CELL:
                return new DoubleCell(Double.parseDouble(text));
            case KnimeTestingNodes.INT_CELL:
                return new IntCell(Integer.parseInt(text));
            case KnimeTestingNodes.BOOLEAN_CELL:
                return BooleanCell.BooleanCellFactory.create(Boolean.parseBoolean(text));
            default:
                return new StringCell(text);
        }
    }

    /** Returns the row keys of a table in order. */
    static List<String> rowKeys(final BufferedDataTable table) {
        List<String> keys = new ArrayList<>();
        for (DataRow row : table) {
            keys.add(row.getKey().getString());
        }
        return keys;
    }

    /**
     * Lists every difference between an actual and an expected table, at most {@code limit} of them;
     * an empty list means the tables match. {@code tolerances} gives the absolute tolerance of each
     * double column (0 for exact equality).
     */
    static List<String> differences(final KnimeTestingNodes.TextTable actual, final List<String> actualRowKeys,
        final KnimeTestingNodes.TextTable expected, final Map<String, Double> tolerances, final int limit) {
        List<String> differences = new ArrayList<>();
        if (!actual.columns().equals(expected.columns())) {
            differences.add("columns are " + actual.columns() + ", expected " + expected.columns());
            return differences;
        }
        if (!actual.cellClasses().equals(expected.cellClasses())) {
            differences.add("cell types are " + actual.cellClasses() + ", expected " + expected.cellClasses());
            return differences;
        }
        if (actual.rows().size() != expected.rows().size()) {
            differences.add(actual.rows().size() + " rows, expected " + expected.rows().size());
            return differences;
        }
        for (int r = 0; r < actual.rows().size() && differences.size() < limit; r++) {
            String key = KnimeTestingNodes.ROW_ID_PREFIX + r;
            if (!key.equals(actualRowKeys.get(r))) {
                differences.add("row " + r + " has the key '" + actualRowKeys.get(r) + "', expected '" + key + "'");
            }
            for (int c = 0; c < expected.columns().size() && differences.size() < limit; c++) {
                String column = expected.columns().get(c);
                String got = actual.rows().get(r).get(c);
                String want = expected.rows().get(r).get(c);
                Double tolerance = tolerances.get(column);
                if (tolerance == null) {
                    differences.add("column '" + column + "' has no checker in the Table Difference Checker");
                    return differences;
                }
                if (!cellsMatch(got, want, expected.cellClasses().get(c), tolerance)) {
                    differences.add("row " + r + ", column '" + column + "': " + got + ", expected " + want
                        + (tolerance > 0 ? " within " + tolerance : ""));
                }
            }
        }
        return differences;
    }

    private static boolean cellsMatch(final String got, final String want, final String cellClass,
        final double tolerance) {
        if (got == null || want == null) {
            return got == want;
        }
        if (KnimeTestingNodes.DOUBLE_CELL.equals(cellClass)) {
            double a = Double.parseDouble(got);
            double b = Double.parseDouble(want);
            // DoubleCell equality treats NaN as equal to NaN; the epsilon checker compares |a - b| <= epsilon.
            return Double.compare(a, b) == 0 || Math.abs(a - b) <= tolerance;
        }
        return got.equals(want);
    }
}
