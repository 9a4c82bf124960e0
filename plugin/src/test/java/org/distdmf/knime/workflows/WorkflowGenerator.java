package org.distdmf.knime.workflows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;

/**
 * Turns workflow descriptions into KNIME workflow folders. For each node of this extension it takes the
 * model settings from the node itself ({@code saveSettingsTo} on a fresh model) and applies the
 * description's overrides, so a renamed or retyped setting fails generation instead of producing a
 * stale workflow. It then runs the nodes through the org.knime.core API and stores each checked output
 * as a Table Creator node wired, together with the output, into a Table Difference Checker.
 */
final class WorkflowGenerator {

    /** This plugin's bundle and feature, recorded in each of its nodes' settings.xml. */
    static final KnimeWorkflow.Bundle PLUGIN_BUNDLE = new KnimeWorkflow.Bundle("Distributed DMF nodes for KNIME",
        "org.distdmf.knime", "Distributed DMF project", "0.1.0", "Distributed DMF nodes for KNIME",
        "org.distdmf.knime.feature.feature.group", "Distributed DMF project", "0.1.0");

    private static final int COLUMN_WIDTH = 220;

    private static final int ROW_HEIGHT = 140;

    private WorkflowGenerator() {
    }

    /**
     * Regenerates every workflow under {@code test-workflows/} from {@code test-workflows/descriptions/},
     * and the {@code examples/*.knwf} archives of the descriptions marked {@code example}. Folders of
     * workflows without a description are left alone.
     */
    static List<Path> generateAll(final Path repositoryRoot) throws IOException {
        Path descriptions = repositoryRoot.resolve("test-workflows").resolve("descriptions");
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(descriptions)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                WorkflowDescription description = WorkflowDescription.parse(file);
                KnimeWorkflow workflow = build(description, repositoryRoot.resolve("test-workflows"));
                Path folder = repositoryRoot.resolve("test-workflows").resolve(description.name());
                deleteRecursively(folder);
                workflow.write(folder);
                written.add(folder);
                if (description.example()) {
                    Path archive = repositoryRoot.resolve("examples").resolve(description.name() + ".knwf");
                    KnwfArchive.write(folder, archive);
                    written.add(archive);
                }
            }
        }
        return written;
    }

    /**
     * Builds the workflow of a description, including its expected tables.
     *
     * @param dataFolder the folder that the file paths of {@code table} lines are relative to
     * @throws IllegalArgumentException naming the node and setting if the description does not fit the nodes
     * @throws IllegalStateException if a node fails to configure or execute
     */
    static KnimeWorkflow build(final WorkflowDescription description, final Path dataFolder) throws IOException {
        KnimeWorkflow workflow = new KnimeWorkflow();
        for (WorkflowDescription.VariableLine variable : description.variables()) {
            workflow.variables.add(new KnimeWorkflow.Variable(variable.name(), variable.type(), variable.value()));
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> levels = levels(description);
        Map<Integer, Integer> nodesPerLevel = new HashMap<>();
        for (WorkflowDescription.TableLine line : description.tables()) {
            int id = ids.size() + 1;
            ids.put(line.alias(), id);
            int rank = nodesPerLevel.merge(0, 1, Integer::sum) - 1;
            workflow.nodes.add(new KnimeWorkflow.NodeEntry(id, "Table Creator", KnimeTestingNodes.TABLE_CREATOR_FACTORY,
                KnimeTestingNodes.BASE_BUNDLE, KnimeTestingNodes.tableCreatorModel(InputTables.build(line, dataFolder)),
                Map.of(), 60, 80 + ROW_HEIGHT * rank));
        }
        for (WorkflowDescription.NodeLine line : description.nodes()) {
            int id = ids.size() + 1;
            ids.put(line.alias(), id);
            int level = levels.get(line.alias());
            int rank = nodesPerLevel.merge(level, 1, Integer::sum) - 1;
            workflow.nodes.add(extensionNode(description, line, id, 60 + COLUMN_WIDTH * level, 80 + ROW_HEIGHT * rank));
        }
        for (WorkflowDescription.PortLink link : description.connections()) {
            workflow.connections.add(new KnimeWorkflow.Connection(ids.get(link.source().alias()),
                link.source().index() + 1, ids.get(link.dest().alias()), link.dest().index() + 1));
        }

        Map<Integer, PortObject[]> outputs =
            StandInChain.run(workflow, factory -> !KnimeTestingNodes.TABLE_CREATOR_FACTORY.equals(factory));
        int checkColumn = 60 + COLUMN_WIDTH * (1 + levels.values().stream().max(Integer::compare).orElse(0));
        int nextId = workflow.nodes.size() + 1;
        for (int k = 0; k < description.checks().size(); k++) {
            WorkflowDescription.Check check = description.checks().get(k);
            int sourceId = ids.get(check.output().alias());
            PortObject[] nodeOutputs = outputs.get(sourceId);
            int port = check.output().index();
            if (port >= nodeOutputs.length || !(nodeOutputs[port] instanceof BufferedDataTable)) {
                throw new IllegalArgumentException("check " + check.output() + ": node '" + check.output().alias()
                    + "' has no data table at output " + port + " (it has " + nodeOutputs.length + " outputs)");
            }
            KnimeTestingNodes.TextTable expected = TableTexts.of((BufferedDataTable)nodeOutputs[port]);
            int creatorId = nextId++;
            int checkerId = nextId++;
            int y = 80 + ROW_HEIGHT * k;
            workflow.nodes.add(new KnimeWorkflow.NodeEntry(creatorId, "Table Creator",
                KnimeTestingNodes.TABLE_CREATOR_FACTORY, KnimeTestingNodes.BASE_BUNDLE,
                KnimeTestingNodes.tableCreatorModel(expected), Map.of(), checkColumn, y));
            workflow.nodes.add(new KnimeWorkflow.NodeEntry(checkerId, "Table Difference Checker",
                KnimeTestingNodes.DIFFERENCE_CHECKER_FACTORY, KnimeTestingNodes.TESTING_BUNDLE,
                KnimeTestingNodes.differenceCheckerModel(expected, check.epsilon()), Map.of(),
                checkColumn + COLUMN_WIDTH, y));
            workflow.connections.add(new KnimeWorkflow.Connection(sourceId, port + 1, checkerId, 1));
            workflow.connections.add(new KnimeWorkflow.Connection(creatorId, 1, checkerId, 2));
        }
        return workflow;
    }

    private static KnimeWorkflow.NodeEntry extensionNode(final WorkflowDescription description,
        final WorkflowDescription.NodeLine line, final int id, final int x, final int y) {
        NodeFactory<? extends NodeModel> factory = NodeModels.factory(line.factory());
        ConfigTree model = NodeModels.defaultSettings(factory.createNodeModel());
        for (Map.Entry<String, String> override : line.overrides().entrySet()) {
            setValue(model, line, override.getKey(), override.getValue());
        }
        for (Map.Entry<String, String> binding : line.bindings().entrySet()) {
            WorkflowDescription.VariableLine variable = description.variable(binding.getValue());
            ConfigTree.Entry entry = setValue(model, line, binding.getKey(), variable.value());
            checkVariableType(line, binding.getKey(), entry.type(), variable);
        }
        return new KnimeWorkflow.NodeEntry(id, factory.getNodeName(), line.factory(), PLUGIN_BUNDLE, model,
            new LinkedHashMap<>(line.bindings()), x, y);
    }

    /** Sets a setting given by a path {@code a/b/key}, checking the text against the entry's type. */
    private static ConfigTree.Entry setValue(final ConfigTree model, final WorkflowDescription.NodeLine line,
        final String path, final String text) {
        String[] parts = path.split("/");
        ConfigTree config = model;
        for (int i = 0; i < parts.length - 1; i++) {
            config = config.config(parts[i]);
            if (config == null) {
                throw new IllegalArgumentException(unknownSetting(model, line, path));
            }
        }
        String key = parts[parts.length - 1];
        ConfigTree.Entry entry = config.entry(key);
        if (entry == null) {
            throw new IllegalArgumentException(unknownSetting(model, line, path));
        }
        try {
            switch (entry.type()) {
                case XINT:
                    Integer.parseInt(text);
                    break;
                case XLONG:
                    Long.parseLong(text);
                    break;
                case XDOUBLE:
                    Double.parseDouble(text);
                    break;
                case XBOOLEAN:
                    if (!"true".equals(text) && !"false".equals(text)) {
                        throw new NumberFormatException("not true or false");
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Node '" + line.alias() + "': setting '" + path + "' is of type "
                + entry.type().xmlName() + ", so '" + text + "' is invalid", e);
        }
        config.replace(key, text);
        return entry;
    }

    private static String unknownSetting(final ConfigTree model, final WorkflowDescription.NodeLine line,
        final String path) {
        return "Node '" + line.alias() + "' (" + line.factory() + ") has no setting '" + path + "'; its settings are "
            + model.keys();
    }

    private static void checkVariableType(final WorkflowDescription.NodeLine line, final String key,
        final ConfigTree.EntryType settingType, final WorkflowDescription.VariableLine variable) {
        ConfigTree.EntryType variableType = KnimeWorkflow.variableEntryType(variable.type());
        if (variableType != settingType) {
            throw new IllegalArgumentException("Node '" + line.alias() + "': setting '" + key + "' is of type "
                + settingType.xmlName() + " but variable '" + variable.name() + "' is " + variable.type());
        }
    }

    /** Returns each node's column in the layout: the length of the longest path from a source node. */
    private static Map<String, Integer> levels(final WorkflowDescription description) {
        Map<String, Integer> levels = new HashMap<>();
        int firstLevel = description.tables().isEmpty() ? 0 : 1;
        for (WorkflowDescription.TableLine table : description.tables()) {
            levels.put(table.alias(), 0);
        }
        for (WorkflowDescription.NodeLine node : description.nodes()) {
            levels.put(node.alias(), firstLevel);
        }
        for (int pass = 0; pass < description.nodes().size(); pass++) {
            for (WorkflowDescription.PortLink link : description.connections()) {
                int candidate = levels.get(link.source().alias()) + 1;
                levels.merge(link.dest().alias(), candidate, Math::max);
            }
        }
        return levels;
    }

    static void deleteRecursively(final Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
