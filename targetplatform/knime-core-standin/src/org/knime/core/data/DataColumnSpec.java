package org.knime.core.data;

/** Stand-in for the knime-core column description; create instances with {@link DataColumnSpecCreator}. */
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    DataColumnSpec(final String name, final DataType type) {
        m_name = name;
        m_type = type;
    }

    public String getName() {
        return m_name;
    }

    public DataType getType() {
        return m_type;
    }

    @Override
    public boolean equals(final Object obj) {
        if (!(obj instanceof DataColumnSpec)) {
            return false;
        }
        DataColumnSpec other = (DataColumnSpec)obj;
        return m_name.equals(other.m_name) && m_type.equals(other.m_type);
    }

    @Override
    public int hashCode() {
        return m_name.hashCode() * 31 + m_type.hashCode();
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
