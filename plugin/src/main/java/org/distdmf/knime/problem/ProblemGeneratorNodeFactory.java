package org.distdmf.knime.problem;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the DMF Problem Generator node; its description is ProblemGeneratorNodeFactory.xml. */
public final class ProblemGeneratorNodeFactory extends NodeFactory<ProblemGeneratorNodeModel> {

    @Override
    public ProblemGeneratorNodeModel createNodeModel() {
        return new ProblemGeneratorNodeModel();
    }

    @Override
    public int getNrNodeViews() {
        return 0;
    }

    /** @throws IndexOutOfBoundsException always, because the node has no views */
    @Override
    public NodeView<ProblemGeneratorNodeModel> createNodeView(final int viewIndex,
        final ProblemGeneratorNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex + " is invalid");
    }

    @Override
    public boolean hasDialog() {
        return true;
    }

    @Override
    public NodeDialogPane createNodeDialogPane() {
        return new ProblemGeneratorNodeDialog();
    }
}
