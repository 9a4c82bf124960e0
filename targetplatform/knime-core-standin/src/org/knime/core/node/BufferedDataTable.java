package org.knime.core.node;

import java.util.List;
import java.util.NoSuchElementException;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/** Stand-in for the knime-core table that nodes receive and return; rows are kept in memory. */
public final class BufferedDataTable implements DataTable, PortObject {

    /** Port type of ordinary data table ports. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    /** Port type of an optional data table input. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class, true);

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows;

    BufferedDataTable(final DataTableSpec spec, final List<DataRow> rows) {
        m_spec = spec;
        m_rows = List.copyOf(rows);
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return m_spec;
    }

    /** Returns the number of rows. */
    public long size() {
        return m_rows.size();
    }

    @Override
    public CloseableRowIterator iterator() {
        return new CloseableRowIterator() {
            private int m_next;

            @Override
            public boolean hasNext() {
                return m_next < m_rows.size();
            }

            @Override
            public DataRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No more rows after row " + m_next);
                }
                return m_rows.get(m_next++);
            }

            @Override
            public void close() {
                m_next = m_rows.size();
            }
        };
    }

    @Override
    public String getSummary() {
        return "Rows: " + size() + ", Cols: " + m_spec.getNumColumns();
    }
}
