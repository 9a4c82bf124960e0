package org.knime.core.node.defaultnodesettings;

import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.config.Config;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for the knime-core settings model: one setting shared by a node model and its dialog.
 * Like the real class it stores, next to the value, a {@code <configName>_Internals} sub-config with
 * the model type id and the enabled status.
 */
public abstract class SettingsModel {

    private static final String CFGKEY_INTERNAL = "_Internals";

    private static final String CFGKEY_MODELID = "SettingsModelID";

    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private final CopyOnWriteArrayList<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    private boolean m_enabled = true;

    public SettingsModel() {
        // enabled, without listeners
    }

    /** Returns a copy of this model with the value read from {@code settings}. */
    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        T result = createClone();
        ((SettingsModel)result).m_enabled = m_enabled;
        ((SettingsModel)result).readEnableStatus(settings);
        ((SettingsModel)result).loadSettingsForModel(settings);
        return result;
    }

    protected abstract <T extends SettingsModel> T createClone();

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException;

    protected abstract void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException;

    protected abstract void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void saveSettingsForModel(final NodeSettingsWO settings);

    final void dlgLoadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            readEnableStatus(settings);
        } catch (InvalidSettingsException e) {
            // A dialog must open on incomplete settings, so a broken internals entry is ignored.
        }
        loadSettingsForDialog(settings, specs);
    }

    final void dlgSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveEnableStatus(settings);
        try {
            saveSettingsForDialog(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    public void addChangeListener(final ChangeListener l) {
        m_listeners.addIfAbsent(l);
    }

    protected void prependChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(0, l);
        }
    }

    public void removeChangeListener(final ChangeListener l) {
        m_listeners.remove(l);
    }

    protected void notifyChangeListeners() {
        for (ChangeListener l : m_listeners) {
            l.stateChanged(new ChangeEvent(this));
        }
    }

    /** Enables or disables the model; a disabled model does not validate its value. */
    public void setEnabled(final boolean enabled) {
        boolean changed = m_enabled != enabled;
        m_enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public boolean isEnabled() {
        return m_enabled;
    }

    /** Checks the value stored in {@code settings} without taking it over. */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        boolean oldEnabled = m_enabled;
        readEnableStatus(settings);
        boolean settingsEnabled = m_enabled;
        m_enabled = oldEnabled;
        if (settingsEnabled) {
            validateSettingsForModel(settings);
        }
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        readEnableStatus(settings);
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        saveEnableStatus(settings);
        saveSettingsForModel(settings);
    }

    private void readEnableStatus(final NodeSettingsRO settings) throws InvalidSettingsException {
        String internalsKey = getConfigName() + CFGKEY_INTERNAL;
        if (!settings.containsKey(internalsKey)) {
            // Settings written without internals (older nodes) are accepted, as in KNIME.
            return;
        }
        Config internals = settings.getConfig(internalsKey);
        m_enabled = internals.getBoolean(CFGKEY_ENABLESTAT);
    }

    private void saveEnableStatus(final NodeSettingsWO settings) {
        Config internals = settings.addConfig(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, m_enabled);
    }

    @Override
    public abstract String toString();
}
