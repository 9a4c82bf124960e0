package org.knime.core.node;

/** Stand-in for the knime-core Swing node view; no window is created here. */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }

    protected abstract void modelChanged();

    protected abstract void onClose();

    protected abstract void onOpen();
}
