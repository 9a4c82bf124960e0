package org.distdmf.knime.stability;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Hessian Stability Checker node; its description is HessianStabilityCheckerNodeFactory.xml. */
public final class HessianStabilityCheckerNodeFactory extends NodeFactory<HessianStabilityCheckerNodeModel> {

    @Override
    public HessianStabilityCheckerNodeModel createNodeModel() {
        return new HessianStabilityCheckerNodeModel();
    }

    @Override
    public int getNrNodeViews() {
        return 0;
    }

    /** @throws IndexOutOfBoundsException always, because the node has no views */
    @Override
    public NodeView<HessianStabilityCheckerNodeModel> createNodeView(final int viewIndex,
        final HessianStabilityCheckerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex + " is invalid");
    }

    @Override
    public boolean hasDialog() {
        return true;
    }

    @Override
    public NodeDialogPane createNodeDialogPane() {
        return new HessianStabilityCheckerNodeDialog();
    }
}
