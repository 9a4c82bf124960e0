package org.distdmf.knime.chart;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the DMF Chart node: one component per setting, in two groups. */
final class DmfChartNodeDialog extends DefaultNodeSettingsPane {

    DmfChartNodeDialog() {
        DmfChartSettings settings = new DmfChartSettings();

        createNewGroup("Chart");
        setHorizontalPlacement(false);
        addDialogComponent(new DialogComponentStringSelection(settings.m_chartType, DmfChartSettings.LABEL_CHART_TYPE,
            DmfChartSettings.CHART_TYPES.toArray(new String[0])));
        addDialogComponent(new DialogComponentStringSelection(settings.m_figure, DmfChartSettings.LABEL_FIGURE,
            DmfChartSettings.FIGURES.toArray(new String[0])));
        addDialogComponent(new DialogComponentBoolean(settings.m_logScale, DmfChartSettings.LABEL_LOG_SCALE));
        addDialogComponent(new DialogComponentString(settings.m_title, DmfChartSettings.LABEL_TITLE));
        closeCurrentGroup();

        createNewGroup("Image");
        addDialogComponent(new DialogComponentNumber(settings.m_width, DmfChartSettings.LABEL_WIDTH, 50));
        addDialogComponent(new DialogComponentNumber(settings.m_height, DmfChartSettings.LABEL_HEIGHT, 50));
        closeCurrentGroup();
    }
}
