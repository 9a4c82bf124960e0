package org.knime.core.node.port;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stand-in for the knime-core registry that hands out one {@link PortType} per port object class. */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType> m_types = new ConcurrentHashMap<>();

    private final Map<Class<? extends PortObject>, PortType> m_optionalTypes = new ConcurrentHashMap<>();

    private PortTypeRegistry() {
    }

    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    public PortType getPortType(final Class<? extends PortObject> objectClass) {
        return getPortType(objectClass, false);
    }

    public PortType getPortType(final Class<? extends PortObject> objectClass, final boolean isOptional) {
        Map<Class<? extends PortObject>, PortType> types = isOptional ? m_optionalTypes : m_types;
        return types.computeIfAbsent(objectClass, c -> new PortType(c, isOptional));
    }
}
