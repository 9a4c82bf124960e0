package org.distdmf.knime.trainer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Consensus DMF Trainer node; its description is ConsensusDmfTrainerNodeFactory.xml. */
public final class ConsensusDmfTrainerNodeFactory extends NodeFactory<ConsensusDmfTrainerNodeModel> {

    @Override
    public ConsensusDmfTrainerNodeModel createNodeModel() {
        return new ConsensusDmfTrainerNodeModel();
    }

    @Override
    public int getNrNodeViews() {
        return 0;
    }

    /** @throws IndexOutOfBoundsException always, because the node has no views */
    @Override
    public NodeView<ConsensusDmfTrainerNodeModel> createNodeView(final int viewIndex,
        final ConsensusDmfTrainerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex + " is invalid");
    }

    @Override
    public boolean hasDialog() {
        return true;
    }

    @Override
    public NodeDialogPane createNodeDialogPane() {
        return new ConsensusDmfTrainerNodeDialog();
    }
}
