package org.knime.core.data.def;

import java.util.Arrays;
import java.util.Iterator;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Stand-in for the knime-core row implementation backed by an array of cells. */
public class DefaultRow implements DataRow {

    private final RowKey m_rowKey;

    private final DataCell[] m_row;

    /** @throws NullPointerException if the key, the array or one of its cells is {@code null} */
    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        if (rowKey == null || row == null) {
            throw new NullPointerException("Row key and cells must not be null.");
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                throw new NullPointerException("Cell at index " + i + " must not be null; use the missing cell.");
            }
        }
        m_rowKey = rowKey;
        m_row = row.clone();
    }

    public DefaultRow(final String rowId, final DataCell... row) {
        this(new RowKey(rowId), row);
    }

    @Override
    public int getNumCells() {
        return m_row.length;
    }

    @Override
    public RowKey getKey() {
        return m_rowKey;
    }

    @Override
    public DataCell getCell(final int index) {
        return m_row[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Arrays.asList(m_row).iterator();
    }

    @Override
    public String toString() {
        return m_rowKey + ": " + Arrays.toString(m_row);
    }
}
