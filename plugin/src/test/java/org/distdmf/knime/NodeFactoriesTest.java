package org.distdmf.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks every node that plugin.xml declares: the factory loads, creates its model and dialog, its
 * node description parses and matches the model's ports, its icon is a 16x16 PNG, and the dialog
 * writes settings that the model accepts. New nodes are covered by adding them to plugin.xml.
 */
class NodeFactoriesTest {

    private static final String NODE_DESCRIPTION_NAMESPACE = "http://knime.org/node/v4.1";

    private static final ClassLoader PLUGIN_LOADER = NodeFactoriesTest.class.getClassLoader();

    private static Document pluginXml() throws Exception {
        URL url = PLUGIN_LOADER.getResource("plugin.xml");
        assertNotNull(url, "plugin.xml is not on the bundle class path");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = url.openStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(final Element parent, final String localName) {
        List<Element> result = new ArrayList<>();
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element)list.item(i));
        }
        return result;
    }

    private static List<Element> extensions(final Document plugin, final String point) {
        List<Element> result = new ArrayList<>();
        for (Element extension : elements(plugin.getDocumentElement(), "extension")) {
            if (point.equals(extension.getAttribute("point"))) {
                result.add(extension);
            }
        }
        return result;
    }

    private static Object invoke(final Class<?> declaring, final Object target, final String name,
        final Class<?>[] types, final Object... args) throws Exception {
        // The framework calls these protected methods; the test reaches them the same way.
        Method method = declaring.getDeclaredMethod(name, types);
        method.setAccessible(true);
        return method.invoke(target, args);
    }

    @Test
    void categoryIsDistributedDmfUnderCommunity() throws Exception {
        List<Element> categories = new ArrayList<>();
        for (Element extension : extensions(pluginXml(), "org.knime.workbench.repository.categories")) {
            categories.addAll(elements(extension, "category"));
        }

        assertEquals(1, categories.size());
        Element category = categories.get(0);
        assertEquals("Distributed DMF", category.getAttribute("name"));
        assertEquals("/community", category.getAttribute("path"));
        assertEquals("distdmf", category.getAttribute("level-id"));
        assertNotNull(PLUGIN_LOADER.getResource(category.getAttribute("icon")), "category icon");
    }

    @TestFactory
    List<DynamicTest> everyDeclaredNodeIsComplete() throws Exception {
        Document plugin = pluginXml();
        Set<String> categoryPaths = new HashSet<>();
        for (Element extension : extensions(plugin, "org.knime.workbench.repository.categories")) {
            for (Element category : elements(extension, "category")) {
                categoryPaths.add(category.getAttribute("path") + "/" + category.getAttribute("level-id"));
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Element extension : extensions(plugin, "org.knime.workbench.repository.nodes")) {
            for (Element node : elements(extension, "node")) {
                String factoryClass = node.getAttribute("factory-class");
                String categoryPath = node.getAttribute("category-path");
                tests.add(DynamicTest.dynamicTest(factoryClass, () -> checkNode(factoryClass, categoryPath,
                    categoryPaths)));
            }
        }
        assertFalse(tests.isEmpty(), "plugin.xml declares no nodes");
        return tests;
    }

    private static void checkNode(final String factoryClass, final String categoryPath,
        final Set<String> categoryPaths) throws Exception {
        assertTrue(categoryPaths.contains(categoryPath), "category-path " + categoryPath + " is not declared");

        NodeFactory<?> factory =
            (NodeFactory<?>)Class.forName(factoryClass, true, PLUGIN_LOADER).getDeclaredConstructor().newInstance();
        NodeModel model = factory.createNodeModel();
        assertNotNull(model, "createNodeModel");

        Element description = factory.getXMLDescription();
        assertNotNull(description, "node description " + factory.getClass().getSimpleName() + ".xml");
        assertEquals("knimeNode", description.getLocalName());
        assertEquals(NODE_DESCRIPTION_NAMESPACE, description.getNamespaceURI());
        assertFalse(factory.getNodeName().isBlank(), "node name");
        for (String required : new String[]{"shortDescription", "fullDescription", "intro", "ports"}) {
            assertEquals(1, elements(description, required).size(), "element " + required);
        }
        int inPorts = (Integer)invoke(NodeModel.class, model, "getNrInPorts", new Class<?>[0]);
        int outPorts = (Integer)invoke(NodeModel.class, model, "getNrOutPorts", new Class<?>[0]);
        assertEquals(inPorts, elements(description, "inPort").size(), "described input ports");
        assertEquals(outPorts, elements(description, "outPort").size(), "described output ports");
        int views = (Integer)invoke(NodeFactory.class, factory, "getNrNodeViews", new Class<?>[0]);
        assertEquals(views, elements(description, "view").size(), "described views");
        checkIcon(factory, description.getAttribute("icon"));

        if ((Boolean)invoke(NodeFactory.class, factory, "hasDialog", new Class<?>[0])) {
            NodeDialogPane dialog =
                (NodeDialogPane)invoke(NodeFactory.class, factory, "createNodeDialogPane", new Class<?>[0]);
            assertNotNull(dialog, "createNodeDialogPane");
            checkDialogMatchesModel(model, dialog, inPorts);
        }
    }

    private static void checkIcon(final NodeFactory<?> factory, final String iconPath) throws IOException {
        assertFalse(iconPath.isBlank(), "icon attribute");
        String relative = iconPath.startsWith("./") ? iconPath.substring(2) : iconPath;
        try (InputStream in = factory.getClass().getResourceAsStream(relative)) {
            assertNotNull(in, "icon " + iconPath + " next to " + factory.getClass().getName());
            DataInputStream data = new DataInputStream(in);
            byte[] signature = new byte[8];
            data.readFully(signature);
            assertEquals(0x89, signature[0] & 0xff, "PNG signature");
            assertEquals("PNG", new String(signature, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
            data.readInt(); // IHDR chunk length
            data.readInt(); // IHDR chunk type
            assertEquals(16, data.readInt(), "icon width");
            assertEquals(16, data.readInt(), "icon height");
        }
    }

    private static void checkDialogMatchesModel(final NodeModel model, final NodeDialogPane dialog,
        final int inPorts) throws Exception {
        NodeSettings defaults = new NodeSettings("model");
        invoke(NodeModel.class, model, "saveSettingsTo", new Class<?>[]{NodeSettingsWO.class}, defaults);
        PortObjectSpec[] specs = new PortObjectSpec[inPorts];
        for (int i = 0; i < inPorts; i++) {
            specs[i] = new DataTableSpec();
        }
        invoke(NodeDialogPane.class, dialog, "loadSettingsFrom",
            new Class<?>[]{NodeSettingsRO.class, PortObjectSpec[].class}, defaults, specs);
        NodeSettings fromDialog = new NodeSettings("model");
        invoke(NodeDialogPane.class, dialog, "saveSettingsTo", new Class<?>[]{NodeSettingsWO.class}, fromDialog);

        invoke(NodeModel.class, model, "validateSettings", new Class<?>[]{NodeSettingsRO.class}, fromDialog);
        assertEquals(defaults.keySet(), fromDialog.keySet(), "keys written by the model and by the dialog");
    }
}
