package org.distdmf.knime.sweep;

import static org.distdmf.knime.sweep.StabilitySweepSettings.SOURCES;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentNumberEdit;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Stability Sweep node: one component per setting, in three groups. */
final class StabilitySweepNodeDialog extends DefaultNodeSettingsPane {

    StabilitySweepNodeDialog() {
        StabilitySweepSettings settings = new StabilitySweepSettings();

        createNewGroup("Multipliers c (eta_i = c times the bound)");
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentStringSelection(settings.m_source,
            StabilitySweepSettings.LABEL_MULTIPLIER_SOURCE, SOURCES.toArray(new String[0])));
        setHorizontalPlacement(true);
        addDialogComponent(new DialogComponentNumberEdit(settings.m_from, StabilitySweepSettings.LABEL_FROM, 6));
        addDialogComponent(new DialogComponentNumberEdit(settings.m_to, StabilitySweepSettings.LABEL_TO, 6));
        addDialogComponent(new DialogComponentNumberEdit(settings.m_step, StabilitySweepSettings.LABEL_STEP, 6));
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentString(settings.m_list, StabilitySweepSettings.LABEL_LIST, false, 30));
        addDialogComponent(new DialogComponentBoolean(settings.m_searchCritical,
            StabilitySweepSettings.LABEL_SEARCH_CRITICAL));
        closeCurrentGroup();

        createNewGroup("Short training runs");
        addDialogComponent(new DialogComponentNumber(settings.m_iterations,
            StabilitySweepSettings.LABEL_ITERATIONS, 10));
        addDialogComponent(new DialogComponentNumber(settings.m_seed, StabilitySweepSettings.LABEL_SEED, 1));
        addDialogComponent(new DialogComponentNumber(settings.m_threads, StabilitySweepSettings.LABEL_THREADS, 1));
        closeCurrentGroup();

        createNewGroup("Chart");
        setHorizontalPlacement(true);
        addDialogComponent(new DialogComponentNumber(settings.m_imageWidth,
            StabilitySweepSettings.LABEL_IMAGE_WIDTH, 50));
        addDialogComponent(new DialogComponentNumber(settings.m_imageHeight,
            StabilitySweepSettings.LABEL_IMAGE_HEIGHT, 50));
        closeCurrentGroup();
    }
}
