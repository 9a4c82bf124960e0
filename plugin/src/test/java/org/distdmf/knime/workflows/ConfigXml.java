package org.distdmf.knime.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads and writes KNIME's settings XML ({@code workflow.knime}, {@code settings.xml}). The format, as
 * written by knime-core's XML config handler: a root {@code <config key="...">} in the namespace
 * {@value #NAMESPACE}, nested {@code <config key>} elements, and leaves
 * {@code <entry key type value [isnull="true"]/>}. Values escape characters below 32 and above 0xD7FF,
 * and a {@code %} that starts {@code %%}, as {@code %%ddddd} (five decimal digits of the UTF-16 unit).
 */
final class ConfigXml {

    static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    static final String SCHEMA_LOCATION = NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd";

    private ConfigXml() {
    }

    /** Writes the tree as a UTF-8 XML document, indented by four spaces per level as KNIME does. */
    static void write(final ConfigTree tree, final Path file) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<config xmlns=\"").append(NAMESPACE)
            .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"")
            .append(SCHEMA_LOCATION).append("\" key=\"").append(attribute(tree.key())).append("\">\n");
        appendChildren(tree, xml, 1);
        xml.append("</config>\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, xml, StandardCharsets.UTF_8);
    }

    private static void appendChildren(final ConfigTree tree, final StringBuilder xml, final int depth) {
        String indent = "    ".repeat(depth);
        for (String key : tree.keys()) {
            ConfigTree child = tree.config(key);
            if (child != null) {
                if (child.keys().isEmpty()) {
                    xml.append(indent).append("<config key=\"").append(attribute(key)).append("\"/>\n");
                } else {
                    xml.append(indent).append("<config key=\"").append(attribute(key)).append("\">\n");
                    appendChildren(child, xml, depth + 1);
                    xml.append(indent).append("</config>\n");
                }
            } else {
                ConfigTree.Entry entry = tree.entry(key);
                xml.append(indent).append("<entry key=\"").append(attribute(key)).append("\" type=\"")
                    .append(entry.type().xmlName()).append('"');
                if (entry.value() == null) {
                    xml.append(" isnull=\"true\" value=\"\"/>\n");
                } else {
                    xml.append(" value=\"").append(attribute(escape(entry.value()))).append("\"/>\n");
                }
            }
        }
    }

    /** Applies KNIME's own escaping of characters that XML 1.0 cannot carry. */
    static String escape(final String value) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean percentPair = c == '%' && i + 1 < value.length() && value.charAt(i + 1) == '%';
            if (c < 32 || c > 0xd7ff || percentPair) {
                escaped.append("%%").append(String.format("%05d", (int)c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String unescape(final String value) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '%' && i + 6 < value.length() && value.charAt(i + 1) == '%'
                && value.substring(i + 2, i + 7).chars().allMatch(Character::isDigit)) {
                plain.append((char)Integer.parseInt(value.substring(i + 2, i + 7)));
                i += 6;
            } else {
                plain.append(value.charAt(i));
            }
        }
        return plain.toString();
    }

    private static String attribute(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Parses a settings XML file, checking that it has KNIME's config structure: the root is a
     * {@code config} element in {@value #NAMESPACE}, only {@code config} and {@code entry} elements occur,
     * every element has a key unique among its siblings, and every entry has a known type.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and the offending element if the structure is wrong
     */
    static ConfigTree read(final Path file) throws IOException {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            document = factory.newDocumentBuilder().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        if (!"config".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException(file + ": root element is {" + root.getNamespaceURI() + "}"
                + root.getLocalName() + ", expected a config element in " + NAMESPACE);
        }
        ConfigTree tree = new ConfigTree(requireKey(file, root));
        readChildren(file, root, tree);
        return tree;
    }

    private static void readChildren(final Path file, final Element parent, final ConfigTree tree) {
        Set<String> seen = new HashSet<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank()
                || node.getNodeType() == Node.COMMENT_NODE) {
                continue;
            }
            if (!(node instanceof Element)) {
                throw new IllegalArgumentException(file + ": unexpected content '" + node.getTextContent().trim()
                    + "' in config '" + tree.key() + "'");
            }
            Element element = (Element)node;
            String key = requireKey(file, element);
            if (!seen.add(key)) {
                throw new IllegalArgumentException(file + ": key '" + key + "' occurs twice in config '"
                    + tree.key() + "'");
            }
            if ("config".equals(element.getLocalName())) {
                readChildren(file, element, tree.addConfig(key));
            } else if ("entry".equals(element.getLocalName())) {
                ConfigTree.EntryType type;
                try {
                    type = ConfigTree.EntryType.fromXml(element.getAttribute("type"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": entry '" + key + "': " + e.getMessage(), e);
                }
                boolean isNull = "true".equals(element.getAttribute("isnull"));
                if (!element.hasAttribute("value")) {
                    throw new IllegalArgumentException(file + ": entry '" + key + "' has no value attribute");
                }
                String value = isNull ? null : unescape(element.getAttribute("value"));
                checkValue(file, key, type, value);
                tree.add(key, type, value);
            } else {
                throw new IllegalArgumentException(file + ": element <" + element.getTagName()
                    + "> is not allowed; KNIME settings contain only config and entry elements");
            }
        }
    }

    private static void checkValue(final Path file, final String key, final ConfigTree.EntryType type,
        final String value) {
        if (value == null) {
            return;
        }
        try {
            switch (type) {
                case XINT:
                    Integer.parseInt(value);
                    break;
                case XLONG:
                    Long.parseLong(value);
                    break;
                case XDOUBLE:
                    Double.parseDouble(value);
                    break;
                case XBOOLEAN:
                    if (!"true".equals(value) && !"false".equals(value)) {
                        throw new NumberFormatException("not true or false");
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": entry '" + key + "' of type " + type.xmlName()
                + " has the invalid value '" + value + "'", e);
        }
    }

    private static String requireKey(final Path file, final Element element) {
        if (!element.hasAttribute("key")) {
            throw new IllegalArgumentException(file + ": <" + element.getTagName() + "> without a key attribute");
        }
        return element.getAttribute("key");
    }
}
