package org.distdmf.knime.sweep;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Stability Sweep node; its description is StabilitySweepNodeFactory.xml. */
public final class StabilitySweepNodeFactory extends NodeFactory<StabilitySweepNodeModel> {

    @Override
    public StabilitySweepNodeModel createNodeModel() {
        return new StabilitySweepNodeModel();
    }

    @Override
    public int getNrNodeViews() {
        return 0;
    }

    /** @throws IndexOutOfBoundsException always, because the node has no views */
    @Override
    public NodeView<StabilitySweepNodeModel> createNodeView(final int viewIndex,
        final StabilitySweepNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex + " is invalid");
    }

    @Override
    public boolean hasDialog() {
        return true;
    }

    @Override
    public NodeDialogPane createNodeDialogPane() {
        return new StabilitySweepNodeDialog();
    }
}
