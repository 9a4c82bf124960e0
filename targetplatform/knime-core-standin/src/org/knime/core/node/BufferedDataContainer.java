package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/** Stand-in for the knime-core container whose {@link #getTable()} is a {@link BufferedDataTable}. */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataTable m_resultTable;

    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    /** @throws IllegalStateException if the container is not closed yet */
    @Override
    public BufferedDataTable getTable() {
        if (m_resultTable == null) {
            DataTable closedTable = super.getTable();
            List<DataRow> rows = new ArrayList<>();
            for (DataRow row : closedTable) {
                rows.add(row);
            }
            m_resultTable = new BufferedDataTable(getTableSpec(), rows);
        }
        return m_resultTable;
    }
}
