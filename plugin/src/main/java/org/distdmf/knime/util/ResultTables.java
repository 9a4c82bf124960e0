package org.distdmf.knime.util;

import java.util.List;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell.BooleanCellFactory;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * Converts between the engine's {@link ResultTable} and KNIME tables. Column types map one to one:
 * DOUBLE to {@link DoubleCell}, INTEGER to {@link IntCell}, STRING to {@link StringCell} and BOOLEAN to
 * {@code BooleanCell}; a {@code null} cell is KNIME's missing cell and back. Rows get KNIME's default
 * keys {@code Row0, Row1, ...}.
 */
public final class ResultTables {

    private ResultTables() {
    }

    /** Returns the KNIME cell type for an engine column type. */
    public static DataType dataType(final ColumnType type) {
        switch (type) {
            case DOUBLE:
                return DoubleCell.TYPE;
            case INTEGER:
                return IntCell.TYPE;
            case BOOLEAN:
                return BooleanCellFactory.TYPE;
            default:
                return StringCell.TYPE;
        }
    }

    /**
     * Returns the engine column type for a KNIME column type. Boolean is tested first because KNIME's
     * boolean cells are also int and double values, and int before double for the same reason.
     *
     * @throws IllegalArgumentException if cells of the type are neither boolean, int, double nor string
     */
    public static ColumnType columnType(final DataType type) {
        if (type.isCompatible(BooleanValue.class)) {
            return ColumnType.BOOLEAN;
        }
        if (type.isCompatible(IntValue.class)) {
            return ColumnType.INTEGER;
        }
        if (type.isCompatible(DoubleValue.class)) {
            return ColumnType.DOUBLE;
        }
        if (type.isCompatible(StringValue.class)) {
            return ColumnType.STRING;
        }
        throw new IllegalArgumentException("Column type " + type + " has no engine equivalent; "
            + "convert the column to a number, string or boolean column first");
    }

    /** Returns the KNIME spec with the table's column names and types; rows are ignored. */
    public static DataTableSpec createSpec(final ResultTable table) {
        List<String> names = table.columnNames();
        List<ColumnType> types = table.columnTypes();
        DataColumnSpec[] columns = new DataColumnSpec[names.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new DataColumnSpecCreator(names.get(c), dataType(types.get(c))).createSpec();
        }
        return new DataTableSpec(table.name(), columns);
    }

    /**
     * Copies the table into a new KNIME table, checking for cancellation after each row.
     *
     * @throws CanceledExecutionException if the user cancels the node
     */
    public static BufferedDataTable toBufferedDataTable(final ResultTable table, final ExecutionContext exec)
        throws CanceledExecutionException {
        BufferedDataContainer container = exec.createDataContainer(createSpec(table));
        try {
            for (int r = 0; r < table.rowCount(); r++) {
                exec.checkCanceled();
                DataCell[] cells = new DataCell[table.columnCount()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = toCell(table.columnType(c), table.cell(r, c));
                }
                container.addRowToTable(new DefaultRow(RowKey.createRowKey(r), cells));
            }
        } finally {
            container.close();
        }
        return container.getTable();
    }

    private static DataCell toCell(final ColumnType type, final Object value) {
        if (value == null) {
            return DataType.getMissingCell();
        }
        switch (type) {
            case DOUBLE:
                return new DoubleCell((Double)value);
            case INTEGER:
                return new IntCell((Integer)value);
            case BOOLEAN:
                return BooleanCellFactory.create((Boolean)value);
            default:
                return new StringCell((String)value);
        }
    }

    /**
     * Reads a KNIME table into a result table named {@code name}; column types follow
     * {@link #columnType(DataType)} and missing cells become {@code null}. Row keys are dropped.
     *
     * @throws IllegalArgumentException if a column type has no engine equivalent
     */
    public static ResultTable fromDataTable(final String name, final DataTable table) {
        DataTableSpec spec = table.getDataTableSpec();
        ResultTable.Builder builder = ResultTable.builder(name);
        ColumnType[] types = new ColumnType[spec.getNumColumns()];
        for (int c = 0; c < types.length; c++) {
            DataColumnSpec column = spec.getColumnSpec(c);
            try {
                types[c] = columnType(column.getType());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Column '" + column.getName() + "': " + e.getMessage(), e);
            }
            builder.column(column.getName(), types[c]);
        }
        for (DataRow row : table) {
            Object[] cells = new Object[types.length];
            for (int c = 0; c < types.length; c++) {
                cells[c] = toValue(types[c], row.getCell(c));
            }
            builder.row(cells);
        }
        return builder.build();
    }

    private static Object toValue(final ColumnType type, final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        switch (type) {
            case DOUBLE:
                return ((DoubleValue)cell).getDoubleValue();
            case INTEGER:
                return ((IntValue)cell).getIntValue();
            case BOOLEAN:
                return ((BooleanValue)cell).getBooleanValue();
            default:
                return ((StringValue)cell).getStringValue();
        }
    }
}
