package org.distdmf.knime.chart;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the DMF Chart node; its description is DmfChartNodeFactory.xml. */
public final class DmfChartNodeFactory extends NodeFactory<DmfChartNodeModel> {

    @Override
    public DmfChartNodeModel createNodeModel() {
        return new DmfChartNodeModel();
    }

    @Override
    public int getNrNodeViews() {
        return 0;
    }

    /** @throws IndexOutOfBoundsException always, because the node has no views */
    @Override
    public NodeView<DmfChartNodeModel> createNodeView(final int viewIndex,
        final DmfChartNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex + " is invalid");
    }

    @Override
    public boolean hasDialog() {
        return true;
    }

    @Override
    public NodeDialogPane createNodeDialogPane() {
        return new DmfChartNodeDialog();
    }
}
