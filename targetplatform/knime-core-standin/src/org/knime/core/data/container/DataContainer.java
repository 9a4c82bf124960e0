package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.RowKey;

/**
 * Stand-in for the knime-core row container. It checks each row against the spec as KNIME does
 * (cell count, cell type, unique row key) and keeps the rows in memory.
 */
public class DataContainer implements RowAppender {

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<RowKey> m_keys = new HashSet<>();

    private boolean m_closed;

    /** @throws NullPointerException if the spec is {@code null} */
    public DataContainer(final DataTableSpec spec) {
        if (spec == null) {
            throw new NullPointerException("Spec must not be null!");
        }
        m_spec = spec;
    }

    /**
     * @throws IllegalStateException if the container is closed
     * @throws IllegalArgumentException if the row does not match the spec or its key is a duplicate
     */
    @Override
    public void addRowToTable(final DataRow row) {
        if (m_closed) {
            throw new IllegalStateException("Cannot add row: container has already been closed.");
        }
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey() + "\" is not equal to "
                + "length of column names array: " + row.getNumCells() + " vs. " + m_spec.getNumColumns());
        }
        for (int c = 0; c < row.getNumCells(); c++) {
            DataCell cell = row.getCell(c);
            DataColumnSpec column = m_spec.getColumnSpec(c);
            if (!cell.isMissing() && !column.getType().isASuperTypeOf(cell.getType())) {
                throw new IllegalArgumentException("Runtime class of object \"" + cell + "\" (index " + c
                    + ") in row \"" + row.getKey() + "\" is " + cell.getType()
                    + " and does not comply with its supposed superclass " + column.getType());
            }
        }
        if (!m_keys.add(row.getKey())) {
            throw new IllegalArgumentException("Encountered duplicate row ID \"" + row.getKey() + "\"");
        }
        m_rows.add(row);
    }

    public void close() {
        m_closed = true;
    }

    public boolean isClosed() {
        return m_closed;
    }

    public boolean isOpen() {
        return !m_closed;
    }

    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    public long size() {
        return m_rows.size();
    }

    /** @throws IllegalStateException if the container is not closed yet */
    public DataTable getTable() {
        if (!m_closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        List<DataRow> rows = List.copyOf(m_rows);
        return new DataTable() {
            @Override
            public DataTableSpec getDataTableSpec() {
                return m_spec;
            }

            @Override
            public RowIterator iterator() {
                return new RowIterator() {
                    private int m_next;

                    @Override
                    public boolean hasNext() {
                        return m_next < rows.size();
                    }

                    @Override
                    public DataRow next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException("No more rows after row " + m_next);
                        }
                        return rows.get(m_next++);
                    }
                };
            }
        };
    }
}
