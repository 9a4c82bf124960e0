package org.distdmf.knime.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KNIME workflow project as it lies on disk: {@code workflow.knime} with the nodes, connections and
 * workflow variables, and one folder {@code <node name> (#<id>)} per node with its {@code settings.xml}.
 * {@link #write(Path)} and {@link #read(Path)} use the keys of knime-core's workflow persistor (load
 * version 4.1.0, the newest one in the knime-core sources this was written against).
 *
 * <p>Port indices follow KNIME's node containers: index 0 of every node is the flow-variable port, so
 * the node model's data port {@code i} is port {@code i + 1} here.
 */
final class KnimeWorkflow {

    /** Load version written to workflow.knime; knime-core 5.x still loads it. */
    static final String LOAD_VERSION = "4.1.0";

    /** KNIME version recorded as creator; informational only. */
    static final String CREATED_BY = "5.5.0";

    static final String WORKFLOW_FILE = "workflow.knime";

    static final String SETTINGS_FILE = "settings.xml";

    /** Bundle and feature of a node's factory, recorded in settings.xml so KNIME can name a missing extension. */
    record Bundle(String name, String symbolicName, String vendor, String version, String featureName,
        String featureSymbolicName, String featureVendor, String featureVersion) {
    }

    /** A node: its id in the workflow, display name, factory, model settings and flow-variable bindings. */
    record NodeEntry(int id, String name, String factory, Bundle bundle, ConfigTree model,
        Map<String, String> variableBindings, int x, int y) {

        /** Returns the node folder name as KNIME derives it from the node name and id. */
        String folderName() {
            return validFileName(name) + " (#" + id + ")";
        }
    }

    /** A connection in container port indices (0 is the flow-variable port). */
    record Connection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    /** A workflow variable: name, KNIME type identifier (INTEGER, DOUBLE or STRING) and default value. */
    record Variable(String name, String type, String value) {
    }

    final List<NodeEntry> nodes = new ArrayList<>();

    final List<Connection> connections = new ArrayList<>();

    final List<Variable> variables = new ArrayList<>();

    String author = "distdmf workflow generator";

    /** Returns the node with the id, failing with the id if there is none. */
    NodeEntry node(final int id) {
        for (NodeEntry node : nodes) {
            if (node.id() == id) {
                return node;
            }
        }
        throw new IllegalArgumentException("The workflow has no node with id " + id);
    }

    Variable variable(final String name) {
        for (Variable variable : variables) {
            if (variable.name().equals(name)) {
                return variable;
            }
        }
        return null;
    }

    /**
     * Replaces characters that KNIME does not allow in node folder names by underscores, as
     * knime-core's {@code FileUtil.getValidFileName} does for the characters that occur in our names.
     */
    static String validFileName(final String name) {
        return name.replaceAll("[^A-Za-z0-9 ._()\\-]", "_");
    }

    /** Writes workflow.knime and each node's settings.xml into {@code folder}, creating it. */
    void write(final Path folder) throws IOException {
        Files.createDirectories(folder);
        ConfigTree workflow = new ConfigTree(WORKFLOW_FILE);
        workflow.addString("created_by", CREATED_BY);
        workflow.addBoolean("created_by_nightly", false);
        workflow.addString("version", LOAD_VERSION);
        // A project's name comes from its folder; KNIME writes a null name for projects.
        workflow.addString("name", null);
        ConfigTree authorInfo = workflow.addConfig("authorInformation");
        authorInfo.addString("authored-by", author);
        authorInfo.addString("authored-when", null);
        authorInfo.addString("lastEdited-by", null);
        authorInfo.addString("lastEdited-when", null);

        if (!variables.isEmpty()) {
            ConfigTree variablesConfig = workflow.addConfig("workflow_variables");
            for (int i = 0; i < variables.size(); i++) {
                Variable variable = variables.get(i);
                ConfigTree entry = variablesConfig.addConfig("Var_" + i);
                entry.addString("name", variable.name());
                entry.addString("class", variable.type());
                entry.add("value", variableEntryType(variable.type()), variable.value());
            }
        }

        // The loader requires this config even when the workflow has no credentials.
        workflow.addConfig("workflow_credentials");
        ConfigTree nodesConfig = workflow.addConfig("nodes");
        for (NodeEntry node : nodes) {
            ConfigTree entry = nodesConfig.addConfig("node_" + node.id());
            entry.addInt("id", node.id());
            entry.addString("node_settings_file", node.folderName() + "/" + SETTINGS_FILE);
            entry.addBoolean("node_is_meta", false);
            entry.addString("node_type", "NativeNode");
            entry.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            entry.addConfig("ui_settings").addIntArray("extrainfo.node.bounds", node.x(), node.y(), 110, 90);
            writeNodeSettings(node, folder.resolve(node.folderName()).resolve(SETTINGS_FILE));
        }

        ConfigTree connectionsConfig = workflow.addConfig("connections");
        for (int i = 0; i < connections.size(); i++) {
            Connection connection = connections.get(i);
            ConfigTree entry = connectionsConfig.addConfig("connection_" + i);
            entry.addInt("sourceID", connection.sourceId());
            entry.addInt("destID", connection.destId());
            entry.addInt("sourcePort", connection.sourcePort());
            entry.addInt("destPort", connection.destPort());
        }
        workflow.addString("state", "IDLE");
        ConfigXml.write(workflow, folder.resolve(WORKFLOW_FILE));
    }

    static ConfigTree.EntryType variableEntryType(final String type) {
        switch (type) {
            case "INTEGER":
                return ConfigTree.EntryType.XINT;
            case "DOUBLE":
                return ConfigTree.EntryType.XDOUBLE;
            case "STRING":
                return ConfigTree.EntryType.XSTRING;
            default:
                throw new IllegalArgumentException("Workflow variable type '" + type
                    + "' is not supported; use INTEGER, DOUBLE or STRING");
        }
    }

    /**
     * Writes a node's settings.xml in the layout of knime-core's single-node-container persistor for a
     * node that was never executed: state IDLE, no content, one null port location per output port.
     */
    private static void writeNodeSettings(final NodeEntry node, final Path file) throws IOException {
        ConfigTree settings = new ConfigTree(SETTINGS_FILE);
        settings.addString("node_file", SETTINGS_FILE);
        settings.addConfig("flow_stack");
        settings.addConfig("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        copyInto(node.model(), settings.addConfig("model"));
        if (!node.variableBindings().isEmpty()) {
            ConfigTree variables = settings.addConfig("variables");
            variables.addString("version", "V_2019_09_13");
            ConfigTree tree = variables.addConfig("tree");
            for (Map.Entry<String, String> binding : node.variableBindings().entrySet()) {
                ConfigTree leaf = tree.addConfig(binding.getKey());
                leaf.addString("used_variable", binding.getValue());
                leaf.addString("exposed_variable", null);
            }
        }

        settings.addString("customDescription", null);
        settings.addString("state", "IDLE");
        settings.addString("factory", node.factory());
        settings.addString("node-name", node.name());
        Bundle bundle = node.bundle();
        settings.addString("node-bundle-name", bundle.name());
        settings.addString("node-bundle-symbolic-name", bundle.symbolicName());
        settings.addString("node-bundle-vendor", bundle.vendor());
        settings.addString("node-bundle-version", bundle.version());
        settings.addString("node-feature-name", bundle.featureName());
        settings.addString("node-feature-symbolic-name", bundle.featureSymbolicName());
        settings.addString("node-feature-vendor", bundle.featureVendor());
        settings.addString("node-feature-version", bundle.featureVersion());

        settings.addString("name", node.name());
        settings.addBoolean("hasContent", false);
        settings.addBoolean("isInactive", false);
        settings.addConfig("ports");
        ConfigTree filestores = settings.addConfig("filestores");
        filestores.addString("file_store_location", null);
        filestores.addString("file_store_id", null);
        ConfigXml.write(settings, file);
    }

    private static void copyInto(final ConfigTree source, final ConfigTree target) {
        for (String key : source.keys()) {
            ConfigTree child = source.config(key);
            if (child != null) {
                copyInto(child, target.addConfig(key));
            } else {
                ConfigTree.Entry entry = source.entry(key);
                target.add(key, entry.type(), entry.value());
            }
        }
    }

    /**
     * Reads a workflow folder written by KNIME or by {@link #write(Path)}.
     *
     * @throws IllegalArgumentException naming the file and key if a required entry is missing or invalid
     */
    static KnimeWorkflow read(final Path folder) throws IOException {
        KnimeWorkflow workflow = new KnimeWorkflow();
        ConfigTree root = ConfigXml.read(folder.resolve(WORKFLOW_FILE));
        require(root, "workflow_credentials", folder);
        require(root, "state", folder);
        ConfigTree variablesConfig = root.config("workflow_variables");
        if (variablesConfig != null) {
            for (String key : variablesConfig.keys()) {
                ConfigTree entry = variablesConfig.config(key);
                workflow.variables.add(new Variable(entry.value("name"), entry.value("class"), entry.value("value")));
            }
        }
        ConfigTree nodesConfig = require(root, "nodes", folder);
        for (String key : nodesConfig.keys()) {
            ConfigTree entry = nodesConfig.config(key);
            int id = Integer.parseInt(entry.value("id"));
            String nodeType = entry.value("node_type");
            if (!"NativeNode".equals(nodeType)) {
                throw new IllegalArgumentException(folder + ": node " + id + " has node_type " + nodeType
                    + "; only native nodes are expected in these workflows");
            }
            Path settingsFile = folder.resolve(entry.value("node_settings_file"));
            if (!Files.isRegularFile(settingsFile)) {
                throw new IllegalArgumentException(folder + ": node " + id + " names the missing settings file "
                    + entry.value("node_settings_file"));
            }
            ConfigTree bounds = entry.config("ui_settings").config("extrainfo.node.bounds");
            List<String> xy = bounds.arrayValues();
            workflow.nodes.add(readNode(id, settingsFile, Integer.parseInt(xy.get(0)), Integer.parseInt(xy.get(1))));
        }
        ConfigTree connectionsConfig = root.config("connections");
        if (connectionsConfig != null) {
            for (String key : connectionsConfig.keys()) {
                ConfigTree entry = connectionsConfig.config(key);
                workflow.connections.add(new Connection(Integer.parseInt(entry.value("sourceID")),
                    Integer.parseInt(entry.value("sourcePort")), Integer.parseInt(entry.value("destID")),
                    Integer.parseInt(entry.value("destPort"))));
            }
        }
        return workflow;
    }

    private static NodeEntry readNode(final int id, final Path settingsFile, final int x, final int y)
        throws IOException {
        ConfigTree settings = ConfigXml.read(settingsFile);
        for (String required : new String[]{"factory", "node-name", "state", "hasContent", "flow_stack",
            "internal_node_subsettings", "ports", "model"}) {
            require(settings, required, settingsFile);
        }
        Bundle bundle = new Bundle(settings.value("node-bundle-name"), settings.value("node-bundle-symbolic-name"),
            settings.value("node-bundle-vendor"), settings.value("node-bundle-version"),
            settings.value("node-feature-name"), settings.value("node-feature-symbolic-name"),
            settings.value("node-feature-vendor"), settings.value("node-feature-version"));
        Map<String, String> bindings = new LinkedHashMap<>();
        ConfigTree variables = settings.config("variables");
        if (variables != null) {
            ConfigTree tree = require(variables, "tree", settingsFile);
            for (String key : tree.keys()) {
                bindings.put(key, tree.config(key).value("used_variable"));
            }
        }
        return new NodeEntry(id, settings.value("node-name"), settings.value("factory"), bundle,
            settings.config("model"), bindings, x, y);
    }

    private static ConfigTree require(final ConfigTree tree, final String key, final Path where) {
        if (!tree.contains(key)) {
            throw new IllegalArgumentException(where + ": required key '" + key + "' is missing");
        }
        return tree.config(key);
    }
}
