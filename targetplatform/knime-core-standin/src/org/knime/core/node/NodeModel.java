package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CopyOnWriteArraySet;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Stand-in for the knime-core node model. Subclasses override one configure/execute pair: the
 * {@link PortObjectSpec}/{@link PortObject} pair for general ports or the {@link DataTableSpec}/
 * {@link BufferedDataTable} pair for data ports; the general pair delegates to the data pair by default.
 */
public abstract class NodeModel {

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private final CopyOnWriteArraySet<NodeModelWarningListener> m_warningListeners = new CopyOnWriteArraySet<>();

    private String m_warningMessage;

    /** Creates a model with the given number of data table inputs and outputs. */
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(dataPorts(nrInDataPorts), dataPorts(nrOutDataPorts));
    }

    /**
     * Creates a model with the given port types; {@code null} arrays mean no ports.
     *
     * @throws NullPointerException if an array contains {@code null}
     */
    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_inPortTypes = copyPortTypes(inPortTypes, "InPortType");
        m_outPortTypes = copyPortTypes(outPortTypes, "OutPortType");
    }

    private static PortType[] dataPorts(final int count) {
        PortType[] types = new PortType[count];
        Arrays.fill(types, BufferedDataTable.TYPE);
        return types;
    }

    private static PortType[] copyPortTypes(final PortType[] types, final String what) {
        if (types == null) {
            return new PortType[0];
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                throw new NullPointerException(what + "[" + i + "] must not be null!");
            }
        }
        return types.clone();
    }

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    protected final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    protected final PortType getInPortType(final int index) {
        return m_inPortTypes[index];
    }

    protected final PortType getOutPortType(final int index) {
        return m_outPortTypes[index];
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    /** Casts the inputs to tables and calls {@link #execute(BufferedDataTable[], ExecutionContext)}. */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] inTables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < inObjects.length; i++) {
            if (inObjects[i] != null && !(inObjects[i] instanceof BufferedDataTable)) {
                throw new IOException("Input port " + i + " does not hold a data table but "
                    + inObjects[i].getClass().getSimpleName() + "; wrong version of NodeModel.execute() overridden");
            }
            inTables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(inTables, exec);
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IOException("NodeModel.execute() implementation missing!");
    }

    protected abstract void reset();

    protected void onDispose() {
        // subclasses may release resources here
    }

    /** Casts the specs to table specs and calls {@link #configure(DataTableSpec[])}. */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] inDataSpecs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < inSpecs.length; i++) {
            if (inSpecs[i] != null && !(inSpecs[i] instanceof DataTableSpec)) {
                throw new InvalidSettingsException("Input Port " + i + " does not hold data table specs. "
                    + "Likely reason: wrong version of NodeModel.configure() overwritten!");
            }
            inDataSpecs[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(inDataSpecs);
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    /** Sets the warning shown on the node, {@code null} to clear it, and notifies the listeners. */
    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage;
        notifyWarningListeners(warningMessage);
    }

    protected final String getWarningMessage() {
        return m_warningMessage;
    }

    /** @throws NullPointerException if the listener is {@code null} */
    public void addWarningListener(final NodeModelWarningListener listener) {
        if (listener == null) {
            throw new NullPointerException("NodeModel message listener must not be null!");
        }
        m_warningListeners.add(listener);
    }

    public void removeWarningListener(final NodeModelWarningListener listener) {
        m_warningListeners.remove(listener);
    }

    public void notifyWarningListeners(final String warning) {
        for (NodeModelWarningListener listener : m_warningListeners) {
            listener.warningChanged(warning);
        }
    }
}
