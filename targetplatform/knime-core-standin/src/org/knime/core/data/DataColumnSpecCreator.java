package org.knime.core.data;

/** Stand-in for the knime-core builder of {@link DataColumnSpec}s. */
public final class DataColumnSpecCreator {

    private String m_name;

    private DataType m_type;

    /** @throws NullPointerException if the name or the type is {@code null} */
    public DataColumnSpecCreator(final String name, final DataType type) {
        if (name == null || type == null) {
            throw new NullPointerException("Name and type must not be null.");
        }
        m_name = name;
        m_type = type;
    }

    public void setName(final String name) {
        if (name == null) {
            throw new NullPointerException("Name must not be null.");
        }
        m_name = name;
    }

    public void setType(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Type must not be null.");
        }
        m_type = type;
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type);
    }
}
