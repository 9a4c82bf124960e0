package org.knime.core.node;

/**
 * Stand-in for the knime-core node wrapper. Plugin tests need it only as the owner argument of
 * {@link ExecutionContext#ExecutionContext(NodeProgressMonitor, Node, org.knime.core.node.workflow.SingleNodeContainer.MemoryPolicy, org.knime.core.data.IDataRepository)},
 * the way knime-core's own tests build an execution context.
 */
public final class Node {

    private final NodeFactory<NodeModel> m_factory;

    /** @throws IllegalArgumentException if the factory is {@code null} */
    public Node(final NodeFactory<NodeModel> nodeFactory) {
        if (nodeFactory == null) {
            throw new IllegalArgumentException("NodeFactory must not be null.");
        }
        m_factory = nodeFactory;
    }

    public String getName() {
        return m_factory.getNodeName();
    }
}
