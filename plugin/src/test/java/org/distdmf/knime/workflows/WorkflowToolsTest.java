package org.distdmf.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;

/**
 * Tests of the workflow generator and of the offline checks themselves: the XML round trip, and that
 * each check reports a broken workflow with a message naming the broken part.
 */
class WorkflowToolsTest {

    private static final String GRAPH_FACTORY = "org.distdmf.knime.graph.CommunicationGraphBuilderNodeFactory";

    private static Set<String> s_factories;

    @TempDir
    Path m_dir;

    @BeforeAll
    static void readPluginXml() throws Exception {
        s_factories = TestWorkflowsTest.declaredFactories();
    }

    private KnimeWorkflow ringWorkflow(final String... extraLines) throws IOException {
        List<String> lines = new ArrayList<>(List.of("variable agents INTEGER 5", "node graph " + GRAPH_FACTORY,
            "    graphFamily = ring", "    weightRule = metropolis_hastings", "    agents <- agents", "check graph.0",
            "check graph.1"));
        lines.addAll(Arrays.asList(extraLines));
        Path file = m_dir.resolve("ring.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        KnimeWorkflow workflow = WorkflowGenerator.build(WorkflowDescription.parse(file), m_dir);
        // Write and read back, so the checks see what a committed workflow holds.
        workflow.write(m_dir.resolve("ring"));
        return KnimeWorkflow.read(m_dir.resolve("ring"));
    }

    @Test
    void escapeFollowsKnimeRules() {
        assertEquals("a%%00009b", ConfigXml.escape("a\tb"));
        assertEquals("%%00037%x", ConfigXml.escape("%%x"));
        assertEquals("50% done", ConfigXml.escape("50% done"));
        for (String text : List.of("a\tb", "%%x", "50% done", "line\nbreak", "%%00010")) {
            assertEquals(text, ConfigXml.unescape(ConfigXml.escape(text)), text);
        }
    }

    @Test
    void xmlRoundTripKeepsTypesAndValues() throws IOException {
        ConfigTree tree = new ConfigTree("settings.xml");
        tree.addString("quoted", "<a & \"b\">\t%%");
        tree.addString("absent", null);
        tree.addDouble("third", 1.0 / 3.0);
        tree.addBoolean("flag", true);
        tree.addConfig("nested").addIntArray("bounds", 1, -2, 3).addConfig("empty");
        Path file = m_dir.resolve("settings.xml");

        ConfigXml.write(tree, file);
        ConfigTree read = ConfigXml.read(file);

        assertEquals(List.of(), tree.structureDifferences(read));
        assertEquals("<a & \"b\">\t%%", read.value("quoted"));
        assertNull(read.value("absent"));
        assertEquals(1.0 / 3.0, Double.parseDouble(read.value("third")), 0.0);
        assertEquals(List.of("1", "-2", "3"), read.config("nested").config("bounds").arrayValues());
        assertTrue(Files.readString(file).contains("%%00009%%00037%"), "tab and %% escaped in the file");
    }

    @Test
    void readRejectsForeignElementsAndTypes() throws IOException {
        Path file = m_dir.resolve("bad.xml");
        Files.writeString(file, "<config xmlns=\"" + ConfigXml.NAMESPACE + "\" key=\"k\">"
            + "<entry key=\"n\" type=\"xcolour\" value=\"red\"/></config>");
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> ConfigXml.read(file));
        assertTrue(type.getMessage().contains("entry 'n'"), type.getMessage());
        assertTrue(type.getMessage().contains("xcolour"), type.getMessage());

        Files.writeString(file, "<config xmlns=\"" + ConfigXml.NAMESPACE + "\" key=\"k\"><node key=\"x\"/></config>");
        IllegalArgumentException element = assertThrows(IllegalArgumentException.class, () -> ConfigXml.read(file));
        assertTrue(element.getMessage().contains("<node> is not allowed"), element.getMessage());

        Files.writeString(file, "<config key=\"k\"/>");
        IllegalArgumentException namespace = assertThrows(IllegalArgumentException.class, () -> ConfigXml.read(file));
        assertTrue(namespace.getMessage().contains("expected a config element in"), namespace.getMessage());
    }

    @Test
    void settingsRoundTripKeepsArraysAndNesting() throws Exception {
        NodeSettings settings = new NodeSettings("model");
        settings.addInt("agents", 4);
        settings.addLong("budget", 1L << 40);
        settings.addStringArray("columns", "a", "b");
        settings.addDoubleArray("weights", 0.5, 0.25);
        settings.addNodeSettings("inner").addString("rule", "Ring");

        NodeSettings copy = ConfigTree.fromSettings(settings).toNodeSettings();

        assertEquals(4, copy.getInt("agents"));
        assertEquals(1L << 40, copy.getLong("budget"));
        assertArrayEquals(new String[]{"a", "b"}, copy.getStringArray("columns"));
        assertArrayEquals(new double[]{0.5, 0.25}, copy.getDoubleArray("weights"), 0.0);
        NodeSettingsRO inner = copy.getNodeSettings("inner");
        assertEquals("Ring", inner.getString("rule"));
    }

    @Test
    void expectedTableSurvivesTableCreatorSettings() {
        KnimeTestingNodes.TextTable table = new KnimeTestingNodes.TextTable(List.of("x", "name"),
            List.of(KnimeTestingNodes.DOUBLE_CELL, KnimeTestingNodes.STRING_CELL),
            List.of(Arrays.asList("0.1", "a"), Arrays.asList(null, "b"), Arrays.asList("-1.0E-300", null)));

        KnimeTestingNodes.TextTable read = KnimeTestingNodes.readTableCreator(KnimeTestingNodes.tableCreatorModel(table));

        assertEquals(table, read);
    }

    @Test
    void correlationTableOfLinearColumns() throws IOException {
        Files.writeString(m_dir.resolve("data.csv"), "3,2,label\n1,10,-1,a\n2,20,-2,b\n4,40,-4,c\n");
        WorkflowDescription.TableLine line =
            new WorkflowDescription.TableLine("t", "correlation", "data.csv", List.of("1", "0-2", "x,y,z"));

        KnimeTestingNodes.TextTable table = InputTables.build(line, m_dir);

        assertEquals(List.of("x", "y", "z"), table.columns());
        assertEquals(1.0, Double.parseDouble(table.rows().get(0).get(1)), 1e-12, "x and y = 10 x");
        assertEquals(-1.0, Double.parseDouble(table.rows().get(0).get(2)), 1e-12, "x and z = -x");
        assertEquals(1.0, Double.parseDouble(table.rows().get(2).get(2)), 0.0, "diagonal");
    }

    @Test
    void csvTableKeepsNamedColumns() throws IOException {
        Files.writeString(m_dir.resolve("edges.csv"), "source,target,weight\n0,1,4\n1, 2,5\n");
        WorkflowDescription.TableLine line =
            new WorkflowDescription.TableLine("t", "csv", "edges.csv", List.of("source:int", "target:int"));

        KnimeTestingNodes.TextTable table = InputTables.build(line, m_dir);

        assertEquals(List.of("source", "target"), table.columns());
        assertEquals(List.of(List.of("0", "1"), List.of("1", "2")), table.rows());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputTables.build(
            new WorkflowDescription.TableLine("t", "csv", "edges.csv", List.of("from:int")), m_dir));
        assertTrue(e.getMessage().contains("has no column 'from'"), e.getMessage());
    }

    @Test
    void generatedRingPassesEveryCheck() throws IOException {
        WorkflowChecks checks = new WorkflowChecks(ringWorkflow(), s_factories);

        assertEquals(List.of(), checks.checkFactories());
        assertEquals(List.of(), checks.checkConnections());
        assertEquals(List.of(), checks.checkExtensionSettings());
        assertEquals(List.of(), checks.checkOutputs());
    }

    @Test
    void ringExpectedTableHoldsMetropolisWeights() throws IOException {
        KnimeWorkflow workflow = ringWorkflow();
        KnimeTestingNodes.TextTable edges = KnimeTestingNodes.readTableCreator(workflow.node(2).model());

        assertEquals(List.of("source", "target", "weight"), edges.columns());
        // Five agents on a ring: five self weights and five edges, each 1/3 since every degree is 2.
        assertEquals(10, edges.rows().size());
        for (List<String> row : edges.rows()) {
            assertEquals(1.0 / 3.0, Double.parseDouble(row.get(2)), 1e-15, row.toString());
        }
    }

    @Test
    void changedExpectedCellIsReported() throws IOException {
        KnimeWorkflow workflow = ringWorkflow();
        ConfigTree values = workflow.node(4).model().config("values");
        values.replace("0", "6");

        List<String> problems = new WorkflowChecks(workflow, s_factories).checkOutputs();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("row 0, column 'agents': 5, expected 6"), problems.get(0));
    }

    @Test
    void connectionToMissingPortIsReported() throws IOException {
        KnimeWorkflow workflow = ringWorkflow();
        workflow.connections.add(new KnimeWorkflow.Connection(1, 4, 3, 1));
        workflow.connections.add(new KnimeWorkflow.Connection(1, 1, 42, 1));

        List<String> problems = new WorkflowChecks(workflow, s_factories).checkConnections();

        assertTrue(problems.stream().anyMatch(p -> p.contains("node 1 has only 3 output ports")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("names a node that does not exist")), problems.toString());
    }

    @Test
    void imageIntoTablePortIsReported() throws IOException {
        KnimeWorkflow workflow = ringWorkflow();
        workflow.connections.set(0, new KnimeWorkflow.Connection(1, 3, 3, 1));

        List<String> problems = new WorkflowChecks(workflow, s_factories).checkConnections();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("carries ImagePortObject into a port for BufferedDataTable"),
            problems.get(0));
    }

    @Test
    void unconnectedCheckerInputIsReported() throws IOException {
        KnimeWorkflow workflow = ringWorkflow();
        workflow.connections.remove(1);

        List<String> problems = new WorkflowChecks(workflow, s_factories).checkConnections();

        assertEquals(List.of("input port 2 of node 3 (Table Difference Checker) is required but not connected"),
            problems);
    }

    @Test
    void staleSettingKeyIsReported() throws IOException {
        KnimeWorkflow workflow = ringWorkflow();
        ConfigTree model = workflow.node(1).model();
        ConfigTree renamed = new ConfigTree("model");
        for (String key : model.keys()) {
            ConfigTree child = model.config(key);
            if (child != null) {
                ConfigTree copy = renamed.addConfig(key);
                for (String inner : child.keys()) {
                    copy.add(inner, child.entry(inner).type(), child.entry(inner).value());
                }
            } else if (key.equals("seed")) {
                renamed.add("randomSeed", model.entry(key).type(), model.entry(key).value());
            } else {
                renamed.add(key, model.entry(key).type(), model.entry(key).value());
            }
        }
        workflow.nodes.set(0, new KnimeWorkflow.NodeEntry(1, workflow.node(1).name(), GRAPH_FACTORY,
            WorkflowGenerator.PLUGIN_BUNDLE, renamed, workflow.node(1).variableBindings(), 0, 0));

        List<String> problems = new WorkflowChecks(workflow, s_factories).checkExtensionSettings();

        assertTrue(problems.contains("node 1 (Communication Graph Builder): settings differ from the node's own: "
            + "missing model/seed"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("unexpected model/randomSeed")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("settings rejected")), problems.toString());
    }

    @Test
    void variableDefaultDifferentFromSettingIsReported() throws IOException {
        KnimeWorkflow workflow = ringWorkflow();
        workflow.variables.set(0, new KnimeWorkflow.Variable("agents", "INTEGER", "9"));

        List<String> problems = new WorkflowChecks(workflow, s_factories).checkExtensionSettings();

        assertEquals(List.of("node 1 (Communication Graph Builder): setting 'agents' stores 5 but variable 'agents' "
            + "defaults to 9; the expected tables assume they agree"), problems);
    }

    @Test
    void unknownSettingInDescriptionNamesTheValidKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ringWorkflow("node other " + GRAPH_FACTORY, "    colour = red"));

        assertTrue(e.getMessage().contains("has no setting 'colour'"), e.getMessage());
        assertTrue(e.getMessage().contains("agents"), "the message lists the valid keys: " + e.getMessage());
    }

    @Test
    void wronglyTypedValueInDescriptionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ringWorkflow("node other " + GRAPH_FACTORY, "    agents = many"));

        assertTrue(e.getMessage().contains("setting 'agents' is of type xint, so 'many' is invalid"), e.getMessage());
    }

    @Test
    void knwfHoldsTheWorkflowUnderItsName() throws IOException {
        ringWorkflow();
        Path archive = m_dir.resolve("ring.knwf");

        KnwfArchive.write(m_dir.resolve("ring"), archive);
        Map<String, byte[]> entries = KnwfArchive.read(archive);

        assertEquals(KnwfArchive.expectedEntries(m_dir.resolve("ring")).keySet(), entries.keySet());
        assertTrue(entries.containsKey("ring/workflow.knime"), entries.keySet().toString());
        assertTrue(entries.containsKey("ring/Communication Graph Builder (#1)/settings.xml"), entries.keySet().toString());
        byte[] first = Files.readAllBytes(archive);
        KnwfArchive.write(m_dir.resolve("ring"), archive);
        assertArrayEquals(first, Files.readAllBytes(archive), "archives of the same folder are identical");
    }
}
