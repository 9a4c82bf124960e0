package org.knime.core.node.port.image;

import org.knime.core.data.DataType;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for the knime-core spec of an image port: the type of the cell that
 * {@link ImagePortObject#toDataCell()} returns, for example {@code PNGImageContent.TYPE}. The real
 * class extends {@code AbstractSimplePortObjectSpec}, which the stand-in leaves out.
 */
public final class ImagePortObjectSpec implements PortObjectSpec {

    private DataType m_type;

    /** @throws NullPointerException if {@code type} is {@code null} */
    public ImagePortObjectSpec(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_type = type;
    }

    /** Framework constructor for restoring a saved spec; leaves the type empty. */
    public ImagePortObjectSpec() {
        // the framework loads the type afterwards in the real API
    }

    public DataType getDataType() {
        return m_type;
    }
}
