package org.distdmf.knime.util;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * Reads a numeric matrix (rows = table rows, columns = selected columns) from a KNIME table. A column
 * is numeric when its cells are {@link DoubleValue}s, which in KNIME includes int, long and boolean
 * columns.
 */
public final class NumericColumns {

    private NumericColumns() {
    }

    /** Returns the names of the numeric columns of {@code spec}, in column order. */
    public static String[] numericColumnNames(final DataTableSpec spec) {
        List<String> names = new ArrayList<>();
        for (DataColumnSpec column : spec) {
            if (column.getType().isCompatible(DoubleValue.class)) {
                names.add(column.getName());
            }
        }
        return names.toArray(new String[0]);
    }

    /**
     * Checks at configure time that the selection is not empty and that every selected column exists
     * and is numeric.
     *
     * @param settingName the dialog label of the column selection, used in messages
     * @throws InvalidSettingsException naming the setting and the offending column
     */
    public static void checkNumericColumns(final DataTableSpec spec, final String settingName,
        final String... columns) throws InvalidSettingsException {
        if (columns.length == 0) {
            throw new InvalidSettingsException(settingName + ": no column selected; select at least one numeric"
                + " column. Numeric columns in the input: " + String.join(", ", numericColumnNames(spec)));
        }
        for (String name : columns) {
            DataColumnSpec column = spec.getColumnSpec(name);
            if (column == null) {
                throw new InvalidSettingsException(settingName + ": column '" + name
                    + "' is not in the input table; reconfigure the node");
            }
            if (!column.getType().isCompatible(DoubleValue.class)) {
                throw new InvalidSettingsException(settingName + ": column '" + name + "' has type "
                    + column.getType() + " but must be numeric; deselect it");
            }
        }
    }

    /**
     * Reads the selected columns into a row-major matrix with one row per table row, reporting
     * progress and checking for cancellation once per row.
     *
     * @throws IllegalArgumentException if a column is missing or not numeric, if a cell is missing
     *             (naming row and column), or if the table has more rows than a matrix can hold
     * @throws CanceledExecutionException if the user cancels the node
     */
    public static DMatrixRMaj readMatrix(final BufferedDataTable table, final String[] columns,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int[] indices = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            indices[c] = spec.findColumnIndex(columns[c]);
            if (indices[c] < 0 || !spec.getColumnSpec(indices[c]).getType().isCompatible(DoubleValue.class)) {
                throw new IllegalArgumentException("Column '" + columns[c] + "' is missing or not numeric in table "
                    + spec.getName() + "; its numeric columns are " + String.join(", ", numericColumnNames(spec)));
            }
        }
        long rowCount = table.size();
        if (rowCount * Math.max(1, columns.length) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Table with " + rowCount + " rows and " + columns.length
                + " columns is too large for one matrix (at most " + Integer.MAX_VALUE + " cells)");
        }
        DMatrixRMaj matrix = new DMatrixRMaj((int)rowCount, columns.length);
        int r = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            for (int c = 0; c < indices.length; c++) {
                DataCell cell = row.getCell(indices[c]);
                if (cell.isMissing()) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "', column '" + columns[c]
                        + "' has a missing value; filter or impute missing values before this node");
                }
                matrix.unsafe_set(r, c, ((DoubleValue)cell).getDoubleValue());
            }
            r++;
            exec.setProgress((double)r / rowCount);
        }
        return matrix;
    }
}
