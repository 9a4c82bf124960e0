package org.distdmf.knime.workflows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.distdmf.knime.testing.TestExecution;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Executes the nodes of this extension in a workflow through the org.knime.core API (the stand-in in
 * this build), in connection order: each node gets its stored model settings, is configured with its
 * predecessors' output specs and executed on their outputs. A Table Creator that feeds a node is read
 * as that input table. The other KNIME nodes (expected tables and difference checkers) are left to the
 * caller.
 */
final class StandInChain {

    private StandInChain() {
    }

    /**
     * Runs every node whose factory {@code isExtensionNode} accepts and returns each node's outputs by
     * node id, in node-model port indices.
     *
     * @throws IllegalStateException naming the node if its settings, configure or execute fail, or if the
     *             connections between extension nodes form a cycle
     */
    static Map<Integer, PortObject[]> run(final KnimeWorkflow workflow, final Predicate<String> isExtensionNode) {
        Map<Integer, PortObject[]> outputs = new LinkedHashMap<>();
        for (KnimeWorkflow.NodeEntry node : executionOrder(workflow, isExtensionNode)) {
            outputs.put(node.id(), runNode(workflow, node, outputs));
        }
        return outputs;
    }

    /** Orders the extension nodes so that each comes after all of its predecessors; ties go by id. */
    static List<KnimeWorkflow.NodeEntry> executionOrder(final KnimeWorkflow workflow,
        final Predicate<String> isExtensionNode) {
        Map<Integer, Integer> missingInputs = new LinkedHashMap<>();
        for (KnimeWorkflow.NodeEntry node : workflow.nodes) {
            if (isExtensionNode.test(node.factory())) {
                missingInputs.put(node.id(), 0);
            }
        }
        for (KnimeWorkflow.Connection connection : workflow.connections) {
            if (missingInputs.containsKey(connection.sourceId()) && missingInputs.containsKey(connection.destId())) {
                missingInputs.merge(connection.destId(), 1, Integer::sum);
            }
        }
        TreeSet<Integer> ready = new TreeSet<>();
        missingInputs.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<KnimeWorkflow.NodeEntry> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int id = ready.pollFirst();
            order.add(workflow.node(id));
            for (KnimeWorkflow.Connection connection : workflow.connections) {
                if (connection.sourceId() == id && missingInputs.containsKey(connection.destId())
                    && missingInputs.merge(connection.destId(), -1, Integer::sum) == 0) {
                    ready.add(connection.destId());
                }
            }
        }
        if (order.size() != missingInputs.size()) {
            throw new IllegalStateException("The connections between this extension's nodes form a cycle");
        }
        return order;
    }

    private static PortObject[] runNode(final KnimeWorkflow workflow, final KnimeWorkflow.NodeEntry node,
        final Map<Integer, PortObject[]> outputs) {
        String label = "node " + node.id() + " (" + node.name() + ")";
        NodeFactory<? extends NodeModel> factory = NodeModels.factory(node.factory());
        NodeModel model = factory.createNodeModel();
        try {
            NodeModels.loadSettings(model, node.model());
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(label + ": stored settings rejected: " + e.getMessage(), e);
        }
        ExecutionContext exec = TestExecution.createContext(factory);
        int inPorts = NodeModels.inPorts(model);
        PortObject[] inObjects = new PortObject[inPorts];
        PortObjectSpec[] inSpecs = new PortObjectSpec[inPorts];
        for (KnimeWorkflow.Connection connection : workflow.connections) {
            if (connection.destId() != node.id()) {
                continue;
            }
            PortObject object;
            KnimeWorkflow.NodeEntry source = workflow.node(connection.sourceId());
            if (outputs.containsKey(connection.sourceId())) {
                object = outputs.get(connection.sourceId())[connection.sourcePort() - 1];
            } else if (KnimeTestingNodes.TABLE_CREATOR_FACTORY.equals(source.factory())) {
                object = TableTexts.toTable(KnimeTestingNodes.readTableCreator(source.model()), exec);
            } else {
                continue;
            }
            int in = connection.destPort() - 1;
            inObjects[in] = object;
            inSpecs[in] = object.getSpec();
        }
        try {
            NodeModels.configure(model, inSpecs);
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(label + ": configure failed: " + e.getMessage(), e);
        }
        try {
            return NodeModels.execute(model, inObjects, exec);
        } catch (Exception e) {
            throw new IllegalStateException(label + ": execute failed: " + e, e);
        }
    }
}
