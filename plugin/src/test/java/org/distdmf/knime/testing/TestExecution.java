package org.distdmf.knime.testing;

import org.knime.core.data.filestore.internal.NotInWorkflowDataRepository;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.Node;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.core.node.workflow.SingleNodeContainer;

/**
 * Creates execution contexts for node tests the way knime-core's own tests do, so the same test code
 * runs against the stand-in and against the real org.knime.core.
 */
public final class TestExecution {

    private TestExecution() {
    }

    /** Returns a context for the node of {@code factory}, reporting to {@code monitor}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ExecutionContext createContext(final NodeFactory<? extends NodeModel> factory,
        final NodeProgressMonitor monitor) {
        return new ExecutionContext(monitor, new Node((NodeFactory)factory),
            SingleNodeContainer.MemoryPolicy.CacheSmallInMemory, NotInWorkflowDataRepository.newInstance());
    }

    /** Returns a context for the node of {@code factory} with a fresh progress monitor. */
    public static ExecutionContext createContext(final NodeFactory<? extends NodeModel> factory) {
        return createContext(factory, new DefaultNodeProgressMonitor());
    }
}
