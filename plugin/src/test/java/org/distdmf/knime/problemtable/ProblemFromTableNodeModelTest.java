package org.distdmf.knime.problemtable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.MatrixCsv;
import org.distdmf.core.problem.Observation;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.problem.Standardisation;
import org.distdmf.core.problem.TargetProblemBuilder;
import org.distdmf.core.problem.TargetProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.distdmf.knime.problem.ProblemSettings;
import org.distdmf.knime.testing.NodeSettingsFixture;
import org.distdmf.knime.testing.TableFixture;
import org.distdmf.knime.testing.TestExecution;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Runs the DMF Problem from Table node on the UCI wine data and compares it with the engine, which reads
 * the same file with {@link MatrixCsv}.
 */
class ProblemFromTableNodeModelTest {

    /** The 13 wine features in file order, as scikit-learn names them. */
    private static final String[] FEATURES = {"alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium",
        "total_phenols", "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
        "od280/od315_of_diluted_wines", "proline"};

    private final ProblemFromTableNodeFactory m_factory = new ProblemFromTableNodeFactory();

    private ProblemFromTableNodeModel m_model;

    private ExecutionContext m_exec;

    @BeforeEach
    void createModel() {
        m_model = m_factory.createNodeModel();
        m_exec = TestExecution.createContext(m_factory);
    }

    private NodeSettingsFixture defaults() {
        return NodeSettingsFixture.from(m_model::saveSettingsTo);
    }

    private void load(final NodeSettingsFixture fixture) throws InvalidSettingsException {
        m_model.validateSettings(fixture.settings());
        m_model.loadValidatedSettingsFrom(fixture.settings());
    }

    private String wineCsv() throws Exception {
        return String.join("\n", TableFixture.resourceLines(getClass(), "wine.csv"));
    }

    /** Returns the engine's reading of the first {@code rows} wine rows and the given file columns. */
    private DMatrixRMaj engineWine(final int rows, final int... columns) throws Exception {
        DMatrixRMaj all = MatrixCsv.withoutHeader().skipLines(1).columnIndices(columns)
            .read(new StringReader(wineCsv()), "wine.csv");
        DMatrixRMaj head = new DMatrixRMaj(rows, columns.length);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns.length; c++) {
                head.set(r, c, all.get(r, c));
            }
        }
        return head;
    }

    /**
     * Returns the first {@code rows} wines as a KNIME table: the 13 features as double columns, the class
     * as an int column and its name as a string column.
     */
    private BufferedDataTable wineTable(final int rows) throws Exception {
        List<String> lines = TableFixture.resourceLines(getClass(), "wine.csv");
        List<DataCell[]> cells = new ArrayList<>();
        for (String line : lines.subList(1, rows + 1)) {
            String[] values = line.split(",");
            DataCell[] row = new DataCell[15];
            for (int c = 0; c < 13; c++) {
                row[c] = new DoubleCell(Double.parseDouble(values[c]));
            }
            row[13] = new IntCell(Integer.parseInt(values[13]));
            row[14] = new StringCell("class_" + values[13]);
            cells.add(row);
        }
        String[] names = Arrays.copyOf(FEATURES, 15);
        names[13] = "class";
        names[14] = "class_name";
        DataType[] types = new DataType[15];
        Arrays.fill(types, DoubleCell.TYPE);
        types[13] = IntCell.TYPE;
        types[14] = StringCell.TYPE;
        return TableFixture.table(m_exec, names, types, cells);
    }

    private BufferedDataTable[] execute(final BufferedDataTable input) throws Exception {
        m_model.configure(new DataTableSpec[]{input.getDataTableSpec()});
        return m_model.execute(new BufferedDataTable[]{input}, m_exec);
    }

    private static int[] indices(final int from, final int to) {
        int[] indices = new int[to - from];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = from + k;
        }
        return indices;
    }

    @Test
    void configureReturnsProblemAndAgentSpecs() throws Exception {
        DataTableSpec[] specs = m_model.configure(new DataTableSpec[]{wineTable(3).getDataTableSpec()});

        assertArrayEquals(new String[]{"kind", "agent", "layer", "row", "column", "value"}, specs[0].getColumnNames());
        assertArrayEquals(new String[]{"agent", "observation", "measurement_rows", "weight_decay", "measurement_norm",
            "observed_fraction"}, specs[1].getColumnNames());
    }

    @Test
    void correlationTargetMatchesEngine() throws Exception {
        load(defaults().withIncludedColumns(ProblemFromTableSettings.CFGKEY_TARGET_COLUMNS, FEATURES)
            .with(ProblemFromTableSettings.CFGKEY_CORRELATION, true).with(ProblemSettings.CFGKEY_AGENTS, 4)
            .with(ProblemSettings.CFGKEY_DEPTH, 2).with(ProblemSettings.CFGKEY_SEED, 5));

        BufferedDataTable[] out = execute(wineTable(178));

        DMatrixRMaj correlation = MatrixCsv.correlation(engineWine(178, indices(0, 13)));
        DmfProblem expected = TargetProblemBuilder.build(correlation, new TargetProblemSpec(4, 2, WidthSpec.fixed(13),
            Standardisation.NONE, ObservationSpec.gaussianSensing(), WeightDecaySpec.uniform(0.01, 0.05), 5));
        TableFixture.assertSameTable(ProblemTables.toLongTable(expected), out[0]);
        TableFixture.assertSameTable(ProblemTables.agentSummary(expected), out[1]);
    }

    @Test
    void rowsAsRowsStandardizedMatchEngine() throws Exception {
        load(defaults().withIncludedColumns(ProblemFromTableSettings.CFGKEY_TARGET_COLUMNS, "alcohol", "ash", "hue")
            .with(ProblemSettings.CFGKEY_OBSERVATION, "identity").with(ProblemSettings.CFGKEY_AGENTS, 3)
            .with(ProblemSettings.CFGKEY_DEPTH, 2).with(ProblemSettings.CFGKEY_WEIGHT_DECAY, "0.2"));

        BufferedDataTable[] out = execute(wineTable(178));

        DMatrixRMaj data = engineWine(178, 0, 2, 10);
        DmfProblem expected = TargetProblemBuilder.build(data, new TargetProblemSpec(3, 2, WidthSpec.fixed(3),
            Standardisation.STANDARDIZE_COLUMNS, new ObservationSpec(Observation.IDENTITY, 0, 0.5, 0.0),
            WeightDecaySpec.constant(0.2), 42));
        TableFixture.assertSameTable(ProblemTables.toLongTable(expected), out[0]);
        TableFixture.assertSameTable(ProblemTables.agentSummary(expected), out[1]);
    }

    @Test
    void defaultsUseEveryNumericColumn() throws Exception {
        BufferedDataTable[] out = execute(wineTable(8));

        DMatrixRMaj data = engineWine(8, indices(0, 14));
        DmfProblem expected = TargetProblemBuilder.build(data, new TargetProblemSpec(20, 3, WidthSpec.fixed(8),
            Standardisation.STANDARDIZE_COLUMNS, ObservationSpec.gaussianSensing(), WeightDecaySpec.uniform(0.01, 0.05),
            42));
        TableFixture.assertSameTable(ProblemTables.toLongTable(expected), out[0]);
        TableFixture.assertSameTable(ProblemTables.agentSummary(expected), out[1]);
    }

    @Test
    void tableWithoutNumericColumnIsRejected() throws Exception {
        BufferedDataTable input = TableFixture.table(m_exec, new String[]{"name"}, new DataType[]{StringCell.TYPE},
            List.<DataCell[]>of(new DataCell[]{new StringCell("a")}));

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> m_model.configure(new DataTableSpec[]{input.getDataTableSpec()}));

        assertEquals("The input table has no numeric column; the target matrix is read from numeric columns, so "
            + "convert the values to numbers first", e.getMessage());
    }

    @Test
    void emptySelectionIsRejected() throws Exception {
        load(defaults().withIncludedColumns(ProblemFromTableSettings.CFGKEY_TARGET_COLUMNS));
        DataTableSpec spec = wineTable(2).getDataTableSpec();

        InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> m_model.configure(new DataTableSpec[]{spec}));

        assertEquals("Target columns: no column selected; select at least one numeric column. Numeric columns in the "
            + "input: " + String.join(", ", FEATURES) + ", class", e.getMessage());
    }

    private BufferedDataTable threeColumns(final DataCell badAsh) {
        List<DataCell[]> rows = List.of(
            new DataCell[]{new DoubleCell(1), new DoubleCell(2), new DoubleCell(3)},
            new DataCell[]{new DoubleCell(4), badAsh, new DoubleCell(6)},
            new DataCell[]{new DoubleCell(7), new DoubleCell(8), new DoubleCell(9)});
        return TableFixture.table(m_exec, new String[]{"alcohol", "ash", "hue"},
            new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE}, rows);
    }

    @Test
    void missingCellNamesRowAndColumn() throws Exception {
        BufferedDataTable input = threeColumns(DataType.getMissingCell());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> execute(input));

        assertEquals("Row 'Row1', column 'ash' has a missing value; filter or impute missing values before this node",
            e.getMessage());
    }

    @Test
    void nonFiniteCellsNameRowAndColumn() throws Exception {
        IllegalArgumentException nan =
            assertThrows(IllegalArgumentException.class, () -> execute(threeColumns(new DoubleCell(Double.NaN))));
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
            () -> execute(threeColumns(new DoubleCell(Double.POSITIVE_INFINITY))));

        assertEquals("Row 'Row1', column 'ash' has the non-finite value NaN; filter or replace it before this node",
            nan.getMessage());
        assertEquals("Row 'Row1', column 'ash' has the non-finite value Infinity; filter or replace it before this node",
            infinite.getMessage());
    }

    @Test
    void emptyTableIsRejected() throws Exception {
        BufferedDataTable input = TableFixture.table(m_exec, new String[]{"alcohol"}, new DataType[]{DoubleCell.TYPE},
            List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> execute(input));

        assertEquals("The input table has no rows, so there is no target matrix", e.getMessage());
    }

    @Test
    void vanishedColumnGivesWarning() throws Exception {
        load(defaults().withIncludedColumns(ProblemFromTableSettings.CFGKEY_TARGET_COLUMNS, "alcohol", "density")
            .with(ProblemSettings.CFGKEY_AGENTS, 2).with(ProblemSettings.CFGKEY_OBSERVATION, "identity"));
        List<String> warnings = new ArrayList<>();
        m_model.addWarningListener(warnings::add);

        BufferedDataTable[] out = execute(threeColumns(new DoubleCell(5)));

        assertEquals(List.of("Target columns: the input table no longer has density; the target uses the other "
            + "selected columns"), warnings.subList(0, 1));
        assertEquals(2, out[1].size());
    }

    @Test
    void settingsNameLabelAndValue() {
        NodeSettings standardisation =
            defaults().with(ProblemFromTableSettings.CFGKEY_STANDARDISATION, "zscore").settings();
        NodeSettings widths = defaults().with(ProblemSettings.CFGKEY_HIDDEN_WIDTHS, "5,6,7").settings();

        assertEquals("Rescale the data is 'zscore' but must be one of none, standardize_columns, unit_frobenius_norm",
            assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(standardisation)).getMessage());
        assertEquals("Hidden widths '5,6,7' are invalid: hidden width list has 3 values but depth 3 needs 2",
            assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(widths)).getMessage());
    }

    @Test
    void missingSettingIsRejected() {
        NodeSettings settings = new NodeSettings("model");
        settings.addInt(ProblemSettings.CFGKEY_AGENTS, 5);

        assertThrows(InvalidSettingsException.class, () -> m_model.validateSettings(settings));
    }

    @Test
    void executeReportsProgressAndHonoursCancel() throws Exception {
        BufferedDataTable input = threeColumns(new DoubleCell(5));
        m_model.configure(new DataTableSpec[]{input.getDataTableSpec()});
        DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
        m_model.execute(new BufferedDataTable[]{input}, TestExecution.createContext(m_factory, monitor));
        assertEquals(1.0, monitor.getProgress(), 1e-12);

        DefaultNodeProgressMonitor canceled = new DefaultNodeProgressMonitor();
        canceled.setExecuteCanceled();
        assertThrows(CanceledExecutionException.class, () -> m_model.execute(new BufferedDataTable[]{input},
            TestExecution.createContext(m_factory, canceled)));
    }

    @Test
    void dialogRoundTripKeepsSelection() throws Exception {
        NodeSettings stored = defaults().withIncludedColumns(ProblemFromTableSettings.CFGKEY_TARGET_COLUMNS, "ash", "hue")
            .with(ProblemFromTableSettings.CFGKEY_CORRELATION, true).settings();
        ProblemFromTableNodeDialog dialog = new ProblemFromTableNodeDialog();

        dialog.loadSettingsFrom(stored, new PortObjectSpec[]{wineTable(1).getDataTableSpec()});
        NodeSettings saved = new NodeSettings("model");
        dialog.saveSettingsTo(saved);

        m_model.validateSettings(saved);
        NodeSettingsRO filter = saved.getNodeSettings(ProblemFromTableSettings.CFGKEY_TARGET_COLUMNS);
        assertArrayEquals(new String[]{"ash", "hue"}, filter.getStringArray("included_names"));
        assertEquals(12, filter.getStringArray("excluded_names").length, "the other 11 features and the class");
        assertEquals(true, saved.getBoolean(ProblemFromTableSettings.CFGKEY_CORRELATION));
    }
}
