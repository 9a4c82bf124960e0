package org.distdmf.knime.workflows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Calls the protected {@link NodeModel} methods that the KNIME framework calls, by reflection, so that
 * the workflow tools can drive any node of this extension the way a workflow does.
 */
final class NodeModels {

    private NodeModels() {
    }

    /**
     * Creates the factory of {@code factoryClass} with the plugin's class loader.
     *
     * @throws IllegalArgumentException if the class is missing or is no node factory
     */
    static NodeFactory<? extends NodeModel> factory(final String factoryClass) {
        try {
            Object factory = Class.forName(factoryClass, true, NodeModels.class.getClassLoader())
                .getDeclaredConstructor().newInstance();
            if (!(factory instanceof NodeFactory)) {
                throw new IllegalArgumentException(factoryClass + " is not a NodeFactory");
            }
            @SuppressWarnings("unchecked")
            NodeFactory<? extends NodeModel> typed = (NodeFactory<? extends NodeModel>)factory;
            return typed;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Node factory " + factoryClass + " cannot be created: " + e, e);
        }
    }

    /** Returns the settings the model writes, under the key {@code model} as in settings.xml. */
    static ConfigTree defaultSettings(final NodeModel model) {
        NodeSettings settings = new NodeSettings("model");
        call(model, "saveSettingsTo", new Class<?>[]{NodeSettingsWO.class}, settings);
        return ConfigTree.fromSettings(settings);
    }

    /**
     * Validates the settings and loads them into the model, as KNIME does when it loads a node.
     *
     * @throws InvalidSettingsException with the model's own message if the settings are rejected
     */
    static void loadSettings(final NodeModel model, final ConfigTree settings) throws InvalidSettingsException {
        NodeSettings nodeSettings = settings.toNodeSettings();
        try {
            callChecked(model, "validateSettings", new Class<?>[]{NodeSettingsRO.class}, nodeSettings);
            callChecked(model, "loadValidatedSettingsFrom", new Class<?>[]{NodeSettingsRO.class}, nodeSettings);
        } catch (InvalidSettingsException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Loading settings into " + model.getClass().getSimpleName()
                + " failed: " + e, e);
        }
    }

    static int inPorts(final NodeModel model) {
        return (Integer)call(model, "getNrInPorts", new Class<?>[0]);
    }

    static int outPorts(final NodeModel model) {
        return (Integer)call(model, "getNrOutPorts", new Class<?>[0]);
    }

    static PortType inPortType(final NodeModel model, final int index) {
        return (PortType)call(model, "getInPortType", new Class<?>[]{int.class}, index);
    }

    static PortType outPortType(final NodeModel model, final int index) {
        return (PortType)call(model, "getOutPortType", new Class<?>[]{int.class}, index);
    }

    /** Configures the model with the given input specs ({@code null} for an unconnected optional input). */
    static PortObjectSpec[] configure(final NodeModel model, final PortObjectSpec[] inSpecs)
        throws InvalidSettingsException {
        try {
            return (PortObjectSpec[])callChecked(model, "configure", new Class<?>[]{PortObjectSpec[].class},
                (Object)inSpecs);
        } catch (InvalidSettingsException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("configure of " + model.getClass().getSimpleName() + " failed: " + e, e);
        }
    }

    /** Executes the model; any exception of the node is passed on unchanged. */
    static PortObject[] execute(final NodeModel model, final PortObject[] inObjects, final ExecutionContext exec)
        throws Exception {
        return (PortObject[])callChecked(model, "execute",
            new Class<?>[]{PortObject[].class, ExecutionContext.class}, inObjects, exec);
    }

    private static Object call(final NodeModel model, final String name, final Class<?>[] types,
        final Object... args) {
        try {
            return callChecked(model, name, types, args);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " of " + model.getClass().getSimpleName() + " failed: " + e, e);
        }
    }

    /** Calls the method and rethrows whatever it throws, checked exceptions included. */
    private static Object callChecked(final NodeModel model, final String name, final Class<?>[] types,
        final Object... args) throws Exception {
        Method method = findMethod(model.getClass(), name, types);
        method.setAccessible(true);
        try {
            return method.invoke(model, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error) {
                throw (Error)cause;
            }
            throw (Exception)cause;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + name + " on " + model.getClass().getName(), e);
        }
    }

    /** Finds the most derived declaration, so that an override in the node's model is the one called. */
    private static Method findMethod(final Class<?> start, final String name, final Class<?>[] types) {
        for (Class<?> type = start; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredMethod(name, types);
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(start.getName() + " has no method " + name);
    }
}
