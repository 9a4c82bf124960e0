package org.knime.core.node;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IDataRepository;
import org.knime.core.data.RowIterator;
import org.knime.core.data.filestore.internal.NotInWorkflowDataRepository;
import org.knime.core.node.workflow.SingleNodeContainer.MemoryPolicy;

/**
 * Stand-in for the knime-core execution context: creates output tables and reports progress. All
 * tables stay in memory, whatever the memory policy.
 */
public class ExecutionContext extends ExecutionMonitor {

    private final Node m_node;

    private final MemoryPolicy m_memoryPolicy;

    private final IDataRepository m_dataRepository;

    /** @deprecated as in knime-core; use the constructor with a data repository. */
    @Deprecated
    public ExecutionContext(final NodeProgressMonitor progMon, final Node node) {
        this(progMon, node, MemoryPolicy.CacheSmallInMemory, NotInWorkflowDataRepository.newInstance());
    }

    /** @throws IllegalArgumentException if the node or the data repository is {@code null} */
    public ExecutionContext(final NodeProgressMonitor progMon, final Node node, final MemoryPolicy policy,
        final IDataRepository dataRepository) {
        super(progMon);
        if (node == null || dataRepository == null) {
            throw new IllegalArgumentException("Node and data repository must not be null");
        }
        m_node = node;
        m_memoryPolicy = policy;
        m_dataRepository = dataRepository;
    }

    /** Creates a container for new rows; close it, then take the table with {@code getTable()}. */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return createDataContainer(spec, true);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        if (spec == null) {
            throw new NullPointerException("Spec must not be null");
        }
        return new BufferedDataContainer(spec);
    }

    /** Copies the rows of {@code table} into a new buffered table, or returns it if it already is one. */
    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        if (table instanceof BufferedDataTable) {
            return (BufferedDataTable)table;
        }
        BufferedDataContainer container = createDataContainer(table.getDataTableSpec());
        for (RowIterator it = table.iterator(); it.hasNext();) {
            subProgressMon.checkCanceled();
            DataRow row = it.next();
            container.addRowToTable(row);
        }
        container.close();
        return container.getTable();
    }

    /** Creates a context whose progress in [0, 1] covers {@code maxProg} of this context's range. */
    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(createSubProgressMonitor(maxProg), m_node, m_memoryPolicy, m_dataRepository);
    }
}
