package org.distdmf.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import javax.imageio.ImageIO;

import org.distdmf.core.Progress;
import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.TrainingResult;
import org.distdmf.knime.chart.DmfChartNodeFactory;
import org.distdmf.knime.graph.CommunicationGraphBuilderNodeFactory;
import org.distdmf.knime.problem.ProblemGeneratorNodeFactory;
import org.distdmf.knime.stability.HessianStabilityCheckerNodeFactory;
import org.distdmf.knime.sweep.StabilitySweepNodeFactory;
import org.distdmf.knime.testing.DmfTestTables;
import org.distdmf.knime.testing.NodeSettingsFixture;
import org.distdmf.knime.testing.TestExecution;
import org.distdmf.knime.trainer.ConsensusDmfTrainerNodeFactory;
import org.distdmf.knime.util.ResultTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Chains the nodes as a first workflow does: problem generator and graph builder into the trainer,
 * the trainer's factors into the stability checker, the sweep into the chart. Each node is configured
 * with the specs its predecessors returned and executed on their outputs.
 */
class WorkflowChainTest {

    private static final int AGENTS = 4;

    /** A node created from its factory, driven through the framework's protected methods. */
    private static final class Node {

        private final NodeFactory<? extends NodeModel> m_factory;

        private final NodeModel m_model;

        Node(final NodeFactory<? extends NodeModel> factory, final Object... keysAndValues) throws Exception {
            m_factory = factory;
            m_model = factory.createNodeModel();
            NodeSettingsFixture settings = NodeSettingsFixture.from(defaults -> invokeUnchecked("saveSettingsTo",
                new Class<?>[]{NodeSettingsWO.class}, defaults));
            for (int k = 0; k < keysAndValues.length; k += 2) {
                settings.with((String)keysAndValues[k], keysAndValues[k + 1]);
            }
            invoke("validateSettings", new Class<?>[]{NodeSettingsRO.class}, settings.settings());
            invoke("loadValidatedSettingsFrom", new Class<?>[]{NodeSettingsRO.class}, settings.settings());
        }

        PortObject[] run(final PortObject... inputs) throws Exception {
            PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
            }
            PortObjectSpec[] outSpecs =
                (PortObjectSpec[])invoke("configure", new Class<?>[]{PortObjectSpec[].class}, (Object)specs);
            PortObject[] outputs = (PortObject[])invoke("execute",
                new Class<?>[]{PortObject[].class, ExecutionContext.class}, inputs,
                TestExecution.createContext(m_factory));
            for (int i = 0; i < outputs.length; i++) {
                if (outSpecs[i] instanceof DataTableSpec) {
                    assertEquals(outSpecs[i], outputs[i].getSpec(), "configured spec of output " + i);
                }
            }
            return outputs;
        }

        private Object invoke(final String name, final Class<?>[] types, final Object... args) throws Exception {
            // The framework calls these protected methods; the test reaches them the same way.
            Method method = NodeModel.class.getDeclaredMethod(name, types);
            method.setAccessible(true);
            try {
                return method.invoke(m_model, args);
            } catch (InvocationTargetException e) {
                throw (Exception)e.getCause();
            }
        }

        private void invokeUnchecked(final String name, final Class<?>[] types, final Object... args) {
            try {
                invoke(name, types, args);
            } catch (Exception e) {
                throw new IllegalStateException(name + " failed", e);
            }
        }
    }

    private static ResultTable read(final PortObject table) {
        return ResultTables.fromDataTable("output", (BufferedDataTable)table);
    }

    private static BufferedImage image(final PortObject port) throws Exception {
        byte[] png = ((PNGImageValue)((ImagePortObject)port).toDataCell()).getImageContent().getByteArray();
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void generatedProblemTrainsChecksAndSweeps() throws Exception {
        PortObject[] problem = new Node(new ProblemGeneratorNodeFactory(), "agents", AGENTS, "rows", 3, "columns", 3,
            "depth", 3, "seed", 5).run();
        PortObject[] graph = new Node(new CommunicationGraphBuilderNodeFactory(), "agents", AGENTS, "seed", 9).run(
            (PortObject)null);

        PortObject[] training = new Node(new ConsensusDmfTrainerNodeFactory(), "iterations", 20, "sharpnessInterval",
            5, "threads", 1).run(problem[0], graph[0]);

        DmfProblem engineProblem = ProblemTables.fromLongTable(read(problem[0]));
        MixingNetwork network = EdgeTables.fromTable(read(graph[0]), EdgeTables.DEFAULT_TOLERANCE, true);
        TrainingResult expected = DgdTrainer.train(engineProblem, network.mixingMatrix(),
            DgdSettings.reference(20, 0.9, 5, 1, 42), Progress.NONE);
        DmfTestTables.assertSameTable(expected.historyTable(), (BufferedDataTable)training[0]);
        DmfTestTables.assertSameTable(expected.factorsTable(), (BufferedDataTable)training[1]);
        assertEquals(5 + AGENTS, read(training[0]).columnCount(), "history with one sharpness column per agent");

        PortObject[] check = new Node(new HessianStabilityCheckerNodeFactory(), "threads", 1).run(problem[0],
            graph[0], training[1]);
        ResultTable summary = read(check[1]);
        assertEquals("trained factors", summary.cell(0, summary.requireColumn("point")));
        assertEquals(AGENTS, read(check[0]).rowCount());

        PortObject[] sweep = new Node(new StabilitySweepNodeFactory(), "multiplierSource", "list", "multiplierList",
            "0.5, 1.5", "iterations", 5, "threads", 1).run(problem[0], graph[0]);
        assertEquals(2, read(sweep[0]).rowCount());
        assertEquals(800, image(sweep[1]).getWidth());

        PortObject[] sweepChart = new Node(new DmfChartNodeFactory(), "chartType", "spectral_radius_against_c")
            .run(sweep[0], check[1]);
        PortObject[] sharpnessChart = new Node(new DmfChartNodeFactory(), "chartType", "sharpness_per_agent")
            .run(training[0], training[2]);
        assertTrue(image(sweepChart[0]).getHeight() > 0, "spectral radius chart drawn");
        assertTrue(image(sharpnessChart[0]).getHeight() > 0, "sharpness chart drawn");
    }
}
