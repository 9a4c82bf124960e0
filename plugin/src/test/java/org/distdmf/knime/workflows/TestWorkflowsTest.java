package org.distdmf.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The offline test of every workflow in {@code test-workflows/}: its XML is KNIME's config format, its
 * connections fit the nodes' ports, this extension's nodes name factories declared in plugin.xml and
 * accept their stored settings, and running them through the stand-in reproduces the expected tables
 * stored in the workflow. It also checks that {@code examples/*.knwf} hold the same files as the test
 * workflows of the same name, and that each description has its generated workflow.
 */
class TestWorkflowsTest {

    private static Path testWorkflows() {
        return RepositoryRoot.find().resolve("test-workflows");
    }

    static Set<String> declaredFactories() throws Exception {
        URL url = TestWorkflowsTest.class.getClassLoader().getResource("plugin.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Set<String> factories = new HashSet<>();
        try (InputStream in = url.openStream()) {
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                factories.add(((Element)nodes.item(i)).getAttribute("factory-class"));
            }
        }
        return factories;
    }

    private static List<Path> workflowFolders() throws IOException {
        try (Stream<Path> folders = Files.list(testWorkflows())) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(KnimeWorkflow.WORKFLOW_FILE))).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicNode> everyTestWorkflowPasses() throws Exception {
        Set<String> factories = declaredFactories();
        List<Path> folders = workflowFolders();
        assertFalse(folders.isEmpty(), "no workflow folders in " + testWorkflows());
        List<DynamicNode> containers = new ArrayList<>();
        for (Path folder : folders) {
            containers.add(DynamicContainer.dynamicContainer(folder.getFileName().toString(), Stream.of(
                DynamicTest.dynamicTest("XML is KNIME's config format", () -> readAllSettings(folder)),
                DynamicTest.dynamicTest("factories are known", () -> assertNoProblems(
                    new WorkflowChecks(KnimeWorkflow.read(folder), factories).checkFactories())),
                DynamicTest.dynamicTest("connections fit the ports", () -> assertNoProblems(
                    new WorkflowChecks(KnimeWorkflow.read(folder), factories).checkConnections())),
                DynamicTest.dynamicTest("settings load into the nodes", () -> assertNoProblems(
                    new WorkflowChecks(KnimeWorkflow.read(folder), factories).checkExtensionSettings())),
                DynamicTest.dynamicTest("outputs equal the expected tables", () -> assertNoProblems(
                    new WorkflowChecks(KnimeWorkflow.read(folder), factories).checkOutputs())))));
        }
        return containers;
    }

    /** Parses workflow.knime and every node's settings.xml with the structural checks of {@link ConfigXml}. */
    private static void readAllSettings(final Path folder) throws IOException {
        ConfigTree root = ConfigXml.read(folder.resolve(KnimeWorkflow.WORKFLOW_FILE));
        assertEquals(KnimeWorkflow.WORKFLOW_FILE, root.key());
        KnimeWorkflow workflow = KnimeWorkflow.read(folder);
        assertFalse(workflow.nodes.isEmpty(), "workflow without nodes");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(KnimeWorkflow.SETTINGS_FILE))
                .toList()) {
                assertEquals(KnimeWorkflow.SETTINGS_FILE, ConfigXml.read(file).key(), file.toString());
            }
        }
    }

    private static void assertNoProblems(final List<String> problems) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyDescriptionHasItsWorkflow() throws IOException {
        try (Stream<Path> files = Files.list(testWorkflows().resolve("descriptions"))) {
            for (Path description : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String name = description.getFileName().toString().replace(".txt", "");
                assertTrue(Files.isRegularFile(testWorkflows().resolve(name).resolve(KnimeWorkflow.WORKFLOW_FILE)),
                    "test-workflows/" + name + " is missing; regenerate the workflows (see test-workflows/README.md)");
            }
        }
    }

    @Test
    void examplesMatchTheirTestWorkflows() throws IOException {
        Path examples = RepositoryRoot.find().resolve("examples");
        try (Stream<Path> files = Files.list(testWorkflows().resolve("descriptions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                WorkflowDescription description = WorkflowDescription.parse(file);
                Path archive = examples.resolve(description.name() + ".knwf");
                assertEquals(description.example(), Files.isRegularFile(archive),
                    archive + " should exist exactly when the description is marked 'example'");
                if (description.example()) {
                    Map<String, byte[]> actual = KnwfArchive.read(archive);
                    Map<String, byte[]> expected =
                        KnwfArchive.expectedEntries(testWorkflows().resolve(description.name()));
                    assertEquals(expected.keySet(), actual.keySet(), "entries of " + archive);
                    for (String entry : expected.keySet()) {
                        assertTrue(Arrays.equals(expected.get(entry), actual.get(entry)),
                            entry + " in " + archive + " differs from the test workflow");
                    }
                }
            }
        }
    }
}
