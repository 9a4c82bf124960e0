package org.distdmf.knime.workflows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

/**
 * The offline checks of a test workflow. Each method returns the problems it finds as sentences naming
 * the node, port, setting or cell; an empty list means the check passed. This is a test of the
 * workflows and the nodes, not a way to run workflows: KNIME itself remains the runtime.
 */
final class WorkflowChecks {

    /** Port types of a node, without the flow-variable port; {@code optional} flags per input. */
    record Ports(List<PortType> inputs, List<Boolean> optional, List<PortType> outputs) {
    }

    private final KnimeWorkflow m_workflow;

    private final Set<String> m_extensionFactories;

    private final Map<Integer, Ports> m_ports = new HashMap<>();

    /**
     * @param extensionFactories factory classes that plugin.xml declares; any other factory must be one of
     *            KNIME's testing nodes used for expected tables
     */
    WorkflowChecks(final KnimeWorkflow workflow, final Set<String> extensionFactories) {
        m_workflow = workflow;
        m_extensionFactories = extensionFactories;
    }

    boolean isExtensionNode(final String factory) {
        return m_extensionFactories.contains(factory);
    }

    /** Checks that every node names a factory of this plugin or a KNIME testing node the checks understand. */
    List<String> checkFactories() {
        List<String> problems = new ArrayList<>();
        for (KnimeWorkflow.NodeEntry node : m_workflow.nodes) {
            String factory = node.factory();
            if (!isExtensionNode(factory) && !KnimeTestingNodes.TABLE_CREATOR_FACTORY.equals(factory)
                && !KnimeTestingNodes.DIFFERENCE_CHECKER_FACTORY.equals(factory)) {
                problems.add("node " + node.id() + " (" + node.name() + ") has the factory " + factory
                    + ", which plugin.xml does not declare and which is not a Table Creator or Difference Checker");
            }
        }
        return problems;
    }

    /**
     * Checks every connection: both nodes exist, the ports exist, the source's port type fits the
     * destination's, no input has two connections, and every required input is connected.
     */
    List<String> checkConnections() {
        List<String> problems = new ArrayList<>();
        Set<String> connectedInputs = new HashSet<>();
        for (KnimeWorkflow.Connection connection : m_workflow.connections) {
            String label = "connection " + connection.sourceId() + ":" + connection.sourcePort() + " -> "
                + connection.destId() + ":" + connection.destPort();
            Ports source = ports(connection.sourceId());
            Ports dest = ports(connection.destId());
            if (source == null || dest == null) {
                problems.add(label + " names a node that does not exist");
                continue;
            }
            if (connection.sourcePort() == 0 || connection.destPort() == 0) {
                if (connection.sourcePort() != connection.destPort()) {
                    problems.add(label + " joins a flow-variable port (index 0) with a data port");
                }
                continue;
            }
            if (connection.sourcePort() > source.outputs().size()) {
                problems.add(label + ": node " + connection.sourceId() + " has only " + source.outputs().size()
                    + " output ports (1 to " + source.outputs().size() + ")");
                continue;
            }
            if (connection.destPort() > dest.inputs().size()) {
                problems.add(label + ": node " + connection.destId() + " has only " + dest.inputs().size()
                    + " input ports (1 to " + dest.inputs().size() + ")");
                continue;
            }
            PortType from = source.outputs().get(connection.sourcePort() - 1);
            PortType to = dest.inputs().get(connection.destPort() - 1);
            if (!to.getPortObjectClass().isAssignableFrom(from.getPortObjectClass())) {
                problems.add(label + " carries " + from.getPortObjectClass().getSimpleName() + " into a port for "
                    + to.getPortObjectClass().getSimpleName());
            }
            if (!connectedInputs.add(connection.destId() + ":" + connection.destPort())) {
                problems.add(label + ": input " + connection.destPort() + " of node " + connection.destId()
                    + " has more than one connection");
            }
        }
        for (KnimeWorkflow.NodeEntry node : m_workflow.nodes) {
            Ports ports = ports(node.id());
            for (int i = 0; ports != null && i < ports.inputs().size(); i++) {
                if (!ports.optional().get(i) && !connectedInputs.contains(node.id() + ":" + (i + 1))) {
                    problems.add("input port " + (i + 1) + " of node " + node.id() + " (" + node.name()
                        + ") is required but not connected");
                }
            }
        }
        return problems;
    }

    /** Returns the ports of a node, or {@code null} if there is no such node or its factory is unknown. */
    private Ports ports(final int id) {
        if (m_ports.containsKey(id)) {
            return m_ports.get(id);
        }
        KnimeWorkflow.NodeEntry node = null;
        for (KnimeWorkflow.NodeEntry candidate : m_workflow.nodes) {
            if (candidate.id() == id) {
                node = candidate;
            }
        }
        Ports ports = null;
        if (node != null) {
            ports = portsOf(node.factory());
        }
        m_ports.put(id, ports);
        return ports;
    }

    private Ports portsOf(final String factory) {
        if (KnimeTestingNodes.TABLE_CREATOR_FACTORY.equals(factory)) {
            return new Ports(List.of(), List.of(), List.of(BufferedDataTable.TYPE));
        }
        if (KnimeTestingNodes.DIFFERENCE_CHECKER_FACTORY.equals(factory)) {
            return new Ports(List.of(BufferedDataTable.TYPE, BufferedDataTable.TYPE), List.of(false, false), List.of());
        }
        if (!isExtensionNode(factory)) {
            return null;
        }
        NodeModel model = NodeModels.factory(factory).createNodeModel();
        List<PortType> inputs = new ArrayList<>();
        List<Boolean> optional = new ArrayList<>();
        List<PortType> outputs = new ArrayList<>();
        for (int i = 0; i < NodeModels.inPorts(model); i++) {
            PortType type = NodeModels.inPortType(model, i);
            inputs.add(type);
            optional.add(type.isOptional());
        }
        for (int i = 0; i < NodeModels.outPorts(model); i++) {
            outputs.add(NodeModels.outPortType(model, i));
        }
        return new Ports(inputs, optional, outputs);
    }

    /**
     * Checks each extension node's model settings: the same keys and entry types as the node writes
     * itself, accepted by {@code validateSettings} and {@code loadValidatedSettingsFrom}, and each
     * flow-variable binding names a declared workflow variable of the setting's type whose default
     * equals the stored value.
     */
    List<String> checkExtensionSettings() {
        List<String> problems = new ArrayList<>();
        for (KnimeWorkflow.NodeEntry node : m_workflow.nodes) {
            if (!isExtensionNode(node.factory())) {
                continue;
            }
            String label = "node " + node.id() + " (" + node.name() + ")";
            NodeModel model = NodeModels.factory(node.factory()).createNodeModel();
            for (String difference : NodeModels.defaultSettings(model).structureDifferences(node.model())) {
                problems.add(label + ": settings differ from the node's own: " + difference);
            }
            try {
                NodeModels.loadSettings(model, node.model());
            } catch (InvalidSettingsException | RuntimeException e) {
                problems.add(label + ": settings rejected: " + e.getMessage());
            }
            for (Map.Entry<String, String> binding : node.variableBindings().entrySet()) {
                problems.addAll(checkBinding(label, node.model(), binding.getKey(), binding.getValue()));
            }
        }
        return problems;
    }

    private List<String> checkBinding(final String label, final ConfigTree model, final String key,
        final String variableName) {
        KnimeWorkflow.Variable variable = m_workflow.variable(variableName);
        ConfigTree.Entry entry = model.entry(key);
        if (variable == null) {
            return List.of(label + ": setting '" + key + "' uses the undeclared workflow variable '" + variableName + "'");
        }
        if (entry == null) {
            return List.of(label + ": variable '" + variableName + "' is bound to '" + key
                + "', which is not a setting of the node");
        }
        if (KnimeWorkflow.variableEntryType(variable.type()) != entry.type()) {
            return List.of(label + ": setting '" + key + "' is " + entry.type().xmlName() + " but variable '"
                + variableName + "' is " + variable.type());
        }
        if (!variable.value().equals(entry.value())) {
            return List.of(label + ": setting '" + key + "' stores " + entry.value() + " but variable '"
                + variableName + "' defaults to " + variable.value() + "; the expected tables assume they agree");
        }
        return List.of();
    }

    /**
     * Runs the extension nodes through the stand-in and compares each output wired into a Table Difference
     * Checker with the Table Creator table wired into the same checker.
     */
    List<String> checkOutputs() {
        List<String> problems = new ArrayList<>();
        Map<Integer, PortObject[]> outputs;
        try {
            outputs = StandInChain.run(m_workflow, this::isExtensionNode);
        } catch (RuntimeException e) {
            return List.of("running the workflow's nodes failed: " + e.getMessage());
        }
        int checkers = 0;
        for (KnimeWorkflow.NodeEntry checker : m_workflow.nodes) {
            if (!KnimeTestingNodes.DIFFERENCE_CHECKER_FACTORY.equals(checker.factory())) {
                continue;
            }
            checkers++;
            String label = "Table Difference Checker " + checker.id();
            KnimeWorkflow.Connection tested = input(checker.id(), 1);
            KnimeWorkflow.Connection reference = input(checker.id(), 2);
            if (tested == null || reference == null) {
                problems.add(label + " lacks its test or reference input");
                continue;
            }
            KnimeWorkflow.NodeEntry creator = m_workflow.node(reference.sourceId());
            if (!KnimeTestingNodes.TABLE_CREATOR_FACTORY.equals(creator.factory())
                || !outputs.containsKey(tested.sourceId())) {
                problems.add(label + " must compare an output of this extension (input 1) with a Table Creator "
                    + "(input 2)");
                continue;
            }
            PortObject actual = outputs.get(tested.sourceId())[tested.sourcePort() - 1];
            if (!(actual instanceof BufferedDataTable)) {
                problems.add(label + ": output " + tested.sourcePort() + " of node " + tested.sourceId()
                    + " is not a data table");
                continue;
            }
            KnimeTestingNodes.TextTable expected = KnimeTestingNodes.readTableCreator(creator.model());
            Map<String, Double> tolerances = KnimeTestingNodes.readTolerances(checker.model());
            if (!tolerances.keySet().equals(new HashSet<>(expected.columns()))) {
                problems.add(label + " configures the columns " + tolerances.keySet() + " but the expected table has "
                    + expected.columns());
            }
            BufferedDataTable table = (BufferedDataTable)actual;
            for (String difference : TableTexts.differences(TableTexts.of(table), TableTexts.rowKeys(table), expected,
                tolerances, 10)) {
                problems.add(label + " (output " + tested.sourcePort() + " of node " + tested.sourceId() + "): "
                    + difference);
            }
        }
        if (checkers == 0) {
            problems.add("the workflow has no Table Difference Checker, so it checks nothing");
        }
        return problems;
    }

    private KnimeWorkflow.Connection input(final int destId, final int destPort) {
        for (KnimeWorkflow.Connection connection : m_workflow.connections) {
            if (connection.destId() == destId && connection.destPort() == destPort) {
                return connection;
            }
        }
        return null;
    }
}
