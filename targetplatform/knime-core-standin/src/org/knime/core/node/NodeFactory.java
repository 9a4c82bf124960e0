package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Stand-in for the knime-core node factory. Like the real one, it reads the node description from
 * the XML file next to the factory class ({@code <FactoryName>.xml}); it checks well-formedness only,
 * not the KNIME node description schema.
 *
 * @param <T> the node model type
 */
public abstract class NodeFactory<T extends NodeModel> {

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    private Element m_xmlDescription;

    private boolean m_initialized;

    protected NodeFactory() {
        this(false);
    }

    protected NodeFactory(final boolean lazyInitialization) {
        if (!lazyInitialization) {
            init();
        }
    }

    /** Reads the node description; a missing or broken file is logged and leaves the description empty. */
    public synchronized void init() {
        if (m_initialized) {
            return;
        }
        String resource = getClass().getSimpleName() + ".xml";
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            if (in == null) {
                m_logger.error("No node description " + resource + " next to " + getClass().getName());
            } else {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                m_xmlDescription = factory.newDocumentBuilder().parse(in).getDocumentElement();
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            m_logger.error("Broken XML file for node description of " + getClass().getName() + ": "
                + e.getMessage(), e);
        }
        m_initialized = true;
    }

    /** Returns the root element of the node description, {@code null} if it could not be read. */
    public Element getXMLDescription() {
        return m_xmlDescription;
    }

    /** Returns the text of the description's {@code name} element, or the class name without a description. */
    public final String getNodeName() {
        if (m_xmlDescription != null) {
            for (Node child = m_xmlDescription.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element && "name".equals(child.getLocalName())) {
                    return child.getTextContent().trim();
                }
            }
        }
        return getClass().getSimpleName();
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();
}
