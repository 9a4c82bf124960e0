package org.distdmf.knime.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.knime.testing.TestExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObjectSpec;

/** Runs the Communication Graph Builder through configure and execute on the org.knime.core API. */
class CommunicationGraphBuilderNodeModelTest {

    private final CommunicationGraphBuilderNodeFactory m_factory = new CommunicationGraphBuilderNodeFactory();

    private CommunicationGraphBuilderNodeModel m_model;

    @BeforeEach
    void createModel() {
        m_model = m_factory.createNodeModel();
    }

    private NodeSettings settingsWith(final String key, final Object value) {
        NodeSettings settings = new NodeSettings("model");
        m_model.saveSettingsTo(settings);
        if (value instanceof Integer) {
            settings.addInt(key, (Integer)value);
        } else if (value instanceof Double) {
            settings.addDouble(key, (Double)value);
        } else {
            settings.addString(key, (String)value);
        }
        return settings;
    }

    private void load(final String key, final Object value) throws InvalidSettingsException {
        NodeSettings settings = settingsWith(key, value);
        m_model.validateSettings(settings);
        m_model.loadValidatedSettingsFrom(settings);
    }

    private static List<int[]> pairs(final BufferedDataTable edges) {
        List<int[]> pairs = new ArrayList<>();
        for (DataRow row : edges) {
            pairs.add(new int[]{((IntValue)row.getCell(0)).getIntValue(), ((IntValue)row.getCell(1)).getIntValue()});
        }
        return pairs;
    }

    @Test
    void configureReturnsEdgeAndSummarySpecs() throws Exception {
        DataTableSpec[] specs = m_model.configure(new DataTableSpec[0]);

        assertEquals(2, specs.length);
        assertArrayEquals(new String[]{"source", "target", "weight"}, specs[0].getColumnNames());
        assertEquals(IntCell.TYPE, specs[0].getColumnSpec(0).getType());
        assertEquals(IntCell.TYPE, specs[0].getColumnSpec(1).getType());
        assertEquals(DoubleCell.TYPE, specs[0].getColumnSpec(2).getType());
        assertArrayEquals(new String[]{"agents", "edges", "connected", "graph family", "weight rule", "min degree",
            "max degree"}, specs[1].getColumnNames());
        assertEquals(BooleanCell.TYPE, specs[1].getColumnSpec("connected").getType());
        assertEquals(StringCell.TYPE, specs[1].getColumnSpec("graph family").getType());
    }

    @Test
    void ringOfFiveHasMetropolisWeightsOneThird() throws Exception {
        load(CommunicationGraphBuilderSettings.CFG_AGENTS, 5);
        DataTableSpec[] specs = m_model.configure(new DataTableSpec[0]);

        BufferedDataTable[] out = m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory));

        BufferedDataTable edges = out[0];
        assertEquals(specs[0], edges.getDataTableSpec());
        assertEquals(10, edges.size(), "5 edges and 5 diagonal entries");
        int[][] expected = {{0, 0}, {0, 1}, {0, 4}, {1, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 3}, {3, 4}, {4, 4}};
        List<int[]> actual = pairs(edges);
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], actual.get(r), "row " + r);
        }
        double[] rowSums = new double[5];
        for (DataRow row : edges) {
            double weight = ((DoubleValue)row.getCell(2)).getDoubleValue();
            assertEquals(1.0 / 3.0, weight, 1e-15, "weight of " + row);
            int source = ((IntValue)row.getCell(0)).getIntValue();
            int target = ((IntValue)row.getCell(1)).getIntValue();
            rowSums[source] += weight;
            if (source != target) {
                rowSums[target] += weight;
            }
        }
        for (int agent = 0; agent < 5; agent++) {
            assertEquals(1.0, rowSums[agent], 1e-12, "row sum of V for agent " + agent);
        }

        DataRow summary = out[1].iterator().next();
        assertEquals(1, out[1].size());
        assertEquals(5, ((IntValue)summary.getCell(0)).getIntValue());
        assertEquals(5, ((IntValue)summary.getCell(1)).getIntValue());
        assertTrue(((BooleanValue)summary.getCell(2)).getBooleanValue());
        assertEquals("Ring", ((StringValue)summary.getCell(3)).getStringValue());
        assertEquals("Metropolis-Hastings", ((StringValue)summary.getCell(4)).getStringValue());
        assertEquals(2, ((IntValue)summary.getCell(5)).getIntValue());
        assertEquals(2, ((IntValue)summary.getCell(6)).getIntValue());
    }

    @Test
    void ringOfTwoHasHalfWeights() throws Exception {
        load(CommunicationGraphBuilderSettings.CFG_AGENTS, 2);

        BufferedDataTable[] out = m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory));

        List<int[]> actual = pairs(out[0]);
        assertEquals(3, actual.size());
        assertArrayEquals(new int[]{0, 0}, actual.get(0));
        assertArrayEquals(new int[]{0, 1}, actual.get(1));
        assertArrayEquals(new int[]{1, 1}, actual.get(2));
        for (DataRow row : out[0]) {
            assertEquals(0.5, ((DoubleValue)row.getCell(2)).getDoubleValue(), 1e-15);
        }
        DataRow summary = out[1].iterator().next();
        assertEquals(1, ((IntValue)summary.getCell(1)).getIntValue(), "edges");
        assertEquals(1, ((IntValue)summary.getCell(6)).getIntValue(), "max degree");
    }

    @Test
    void oneAgentIsRejectedNamingTheSetting() {
        NodeSettings settings = settingsWith(CommunicationGraphBuilderSettings.CFG_AGENTS, 1);

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));

        assertTrue(e.getMessage().contains("Number of agents is 1"), e.getMessage());
    }

    @Test
    void probabilityAboveOneIsRejectedNamingTheSetting() {
        NodeSettings settings = settingsWith(CommunicationGraphBuilderSettings.CFG_PROBABILITY, 1.5);

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));

        assertTrue(e.getMessage().contains("Edge probability (Erdos-Renyi) is 1.5"), e.getMessage());
    }

    @Test
    void unknownFamilyIsRejectedNamingTheChoices() {
        NodeSettings settings = settingsWith(CommunicationGraphBuilderSettings.CFG_FAMILY, "Star");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));

        assertTrue(e.getMessage().contains("Graph family is 'Star' but must be one of Ring, Erdos-Renyi"),
            e.getMessage());
    }

    @Test
    void unimplementedFamilyFailsConfigure() throws Exception {
        load(CommunicationGraphBuilderSettings.CFG_FAMILY, "Erdos-Renyi");

        InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> m_model.configure(new DataTableSpec[0]));

        assertTrue(e.getMessage().contains("Graph family 'Erdos-Renyi' is not implemented"), e.getMessage());
    }

    @Test
    void unimplementedWeightRuleFailsConfigure() throws Exception {
        load(CommunicationGraphBuilderSettings.CFG_WEIGHT_RULE, "Max-degree");

        InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> m_model.configure(new DataTableSpec[0]));

        assertTrue(e.getMessage().contains("Mixing weight rule 'Max-degree' is not implemented"), e.getMessage());
    }

    @Test
    void missingSettingIsRejected() {
        NodeSettings settings = new NodeSettings("model");
        settings.addInt(CommunicationGraphBuilderSettings.CFG_AGENTS, 5);

        assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));
    }

    @Test
    void executeReportsProgressAndHonoursCancel() throws Exception {
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory, monitor));
        assertEquals(1.0, monitor.getProgress(), 1e-12);

        DefaultNodeProgressMonitor canceled = new DefaultNodeProgressMonitor();
        canceled.setExecuteCanceled();
        assertThrows(CanceledExecutionException.class,
            () -> m_model.execute(new BufferedDataTable[0], TestExecution.createContext(m_factory, canceled)));
    }

    @Test
    void dialogRoundTripKeepsValues() throws Exception {
        NodeSettings stored = settingsWith(CommunicationGraphBuilderSettings.CFG_AGENTS, 7);
        stored.addDouble(CommunicationGraphBuilderSettings.CFG_PROBABILITY, 0.25);
        CommunicationGraphBuilderNodeDialog dialog = new CommunicationGraphBuilderNodeDialog();

        dialog.loadSettingsFrom(stored, new PortObjectSpec[0]);
        NodeSettings saved = new NodeSettings("model");
        dialog.saveSettingsTo(saved);

        m_model.validateSettings(saved);
        assertEquals(7, saved.getInt(CommunicationGraphBuilderSettings.CFG_AGENTS));
        assertEquals(0.25, saved.getDouble(CommunicationGraphBuilderSettings.CFG_PROBABILITY));
        assertEquals("Ring", saved.getString(CommunicationGraphBuilderSettings.CFG_FAMILY));
        assertEquals(42, saved.getInt(CommunicationGraphBuilderSettings.CFG_SEED));
    }
}
