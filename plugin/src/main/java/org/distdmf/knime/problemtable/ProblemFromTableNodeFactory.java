package org.distdmf.knime.problemtable;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the DMF Problem from Table node; its description is ProblemFromTableNodeFactory.xml. */
public final class ProblemFromTableNodeFactory extends NodeFactory<ProblemFromTableNodeModel> {

    @Override
    public ProblemFromTableNodeModel createNodeModel() {
        return new ProblemFromTableNodeModel();
    }

    @Override
    public int getNrNodeViews() {
        return 0;
    }

    /** @throws IndexOutOfBoundsException always, because the node has no views */
    @Override
    public NodeView<ProblemFromTableNodeModel> createNodeView(final int viewIndex,
        final ProblemFromTableNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex + " is invalid");
    }

    @Override
    public boolean hasDialog() {
        return true;
    }

    @Override
    public NodeDialogPane createNodeDialogPane() {
        return new ProblemFromTableNodeDialog();
    }
}
