package org.knime.core.node;

/** Stand-in for the knime-core base class of node views; it only stores the model. */
public abstract class AbstractNodeView<T extends NodeModel> {

    private final T m_nodeModel;

    AbstractNodeView(final T nodeModel) {
        if (nodeModel == null) {
            throw new NullPointerException("Node model must not be null");
        }
        m_nodeModel = nodeModel;
    }

    protected T getNodeModel() {
        return m_nodeModel;
    }
}
