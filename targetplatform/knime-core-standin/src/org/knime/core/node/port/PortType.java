package org.knime.core.node.port;

/** Stand-in for the knime-core port type; instances come from {@link PortTypeRegistry}. */
public final class PortType {

    private final Class<? extends PortObject> m_objectClass;

    private final boolean m_optional;

    PortType(final Class<? extends PortObject> objectClass, final boolean optional) {
        m_objectClass = objectClass;
        m_optional = optional;
    }

    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    public boolean isOptional() {
        return m_optional;
    }

    public String getName() {
        return m_objectClass.getSimpleName();
    }

    @Override
    public boolean equals(final Object obj) {
        if (!(obj instanceof PortType)) {
            return false;
        }
        PortType other = (PortType)obj;
        return m_objectClass.equals(other.m_objectClass) && m_optional == other.m_optional;
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode() * 31 + Boolean.hashCode(m_optional);
    }

    @Override
    public String toString() {
        return getName() + (m_optional ? " (optional)" : "");
    }
}
