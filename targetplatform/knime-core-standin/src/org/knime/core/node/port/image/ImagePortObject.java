package org.knime.core.node.port.image;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for the knime-core image port object. The real class extends {@code AbstractPortObject}
 * and saves its content in the workflow; the stand-in keeps it in memory.
 */
public class ImagePortObject implements PortObject {

    /** Port type of image ports. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class);

    /** Port type of an optional image input. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(ImagePortObject.class, true);

    private ImageContent m_content;

    private ImagePortObjectSpec m_spec;

    /** Framework constructor for restoring a saved port object; leaves it empty. */
    public ImagePortObject() {
        // the framework loads content and spec afterwards in the real API
    }

    /**
     * Creates a port object whose content's cell must be of the spec's data type.
     *
     * @throws NullPointerException if either argument is {@code null}
     */
    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        if (spec == null || content == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_content = content;
        m_spec = spec;
    }

    /**
     * Returns the image as a cell, or the missing cell when the content's cell type does not fit the
     * spec's data type (the real class also logs a coding problem then).
     */
    public DataCell toDataCell() {
        DataCell cell = m_content.toImageCell();
        return m_spec.getDataType().isASuperTypeOf(cell.getType()) ? cell : DataType.getMissingCell();
    }

    @Override
    public String getSummary() {
        return m_content.getSummary();
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        return m_spec;
    }
}
