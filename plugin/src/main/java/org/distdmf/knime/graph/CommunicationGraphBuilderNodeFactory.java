package org.distdmf.knime.graph;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Communication Graph Builder node; its description is CommunicationGraphBuilderNodeFactory.xml. */
public final class CommunicationGraphBuilderNodeFactory extends NodeFactory<CommunicationGraphBuilderNodeModel> {

    @Override
    public CommunicationGraphBuilderNodeModel createNodeModel() {
        return new CommunicationGraphBuilderNodeModel();
    }

    @Override
    public int getNrNodeViews() {
        return 0;
    }

    /** @throws IndexOutOfBoundsException always, because the node has no views */
    @Override
    public NodeView<CommunicationGraphBuilderNodeModel> createNodeView(final int viewIndex,
        final CommunicationGraphBuilderNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex + " is invalid");
    }

    @Override
    public boolean hasDialog() {
        return true;
    }

    @Override
    public NodeDialogPane createNodeDialogPane() {
        return new CommunicationGraphBuilderNodeDialog();
    }
}
