package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for the knime-core node dialog. The real class builds a Swing tabbed pane; this one only
 * moves settings, which is what plugin tests exercise.
 */
public abstract class NodeDialogPane {

    protected NodeDialogPane() {
        // no Swing components in the stand-in
    }

    /** Casts the specs to table specs ({@code null} becomes an empty spec) and calls the table-spec variant. */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] == null) {
                tableSpecs[i] = new DataTableSpec();
            } else if (specs[i] instanceof DataTableSpec) {
                tableSpecs[i] = (DataTableSpec)specs[i];
            } else {
                throw new NotConfigurableException("Input port " + i + " does not hold a data table spec");
            }
        }
        loadSettingsFrom(settings, tableSpecs);
    }

    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new NotConfigurableException("NodeDialogPane.loadSettingsFrom() implementation missing!");
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;
}
