package org.distdmf.knime.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distdmf.knime.graph.CommunicationGraphBuilderNodeFactory;
import org.distdmf.knime.testing.TestExecution;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

class NumericColumnsTest {

    private final DefaultNodeProgressMonitor m_monitor = new DefaultNodeProgressMonitor();

    private final ExecutionContext m_exec =
        TestExecution.createContext(new CommunicationGraphBuilderNodeFactory(), m_monitor);

    private static final DataTableSpec SPEC = new DataTableSpec("input",
        new DataColumnSpecCreator("a", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("b", IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator("s", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("c", BooleanCell.TYPE).createSpec());

    private BufferedDataTable table(final boolean withMissing) {
        BufferedDataContainer container = m_exec.createDataContainer(SPEC);
        container.addRowToTable(new DefaultRow("r0", new DoubleCell(0.5), new IntCell(1), new StringCell("x"),
            BooleanCell.TRUE));
        container.addRowToTable(new DefaultRow("r1", new DoubleCell(-2.0),
            withMissing ? DataType.getMissingCell() : new IntCell(3), new StringCell("y"), BooleanCell.FALSE));
        container.addRowToTable(new DefaultRow("r2", new DoubleCell(4.25), new IntCell(-5), new StringCell("z"),
            BooleanCell.TRUE));
        container.close();
        return container.getTable();
    }

    @Test
    void numericColumnsIncludeIntAndBoolean() {
        assertArrayEquals(new String[]{"a", "b", "c"}, NumericColumns.numericColumnNames(SPEC));
    }

    @Test
    void readMatrixFollowsSelectionOrder() throws Exception {
        DMatrixRMaj matrix = NumericColumns.readMatrix(table(false), new String[]{"b", "a", "c"}, m_exec);

        assertEquals(3, matrix.getNumRows());
        assertEquals(3, matrix.getNumCols());
        assertArrayEquals(new double[]{1, 0.5, 1, 3, -2.0, 0, -5, 4.25, 1}, matrix.getData(), 0.0);
        assertEquals(1.0, m_monitor.getProgress(), 1e-12);
    }

    @Test
    void missingCellNamesRowAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> NumericColumns.readMatrix(table(true), new String[]{"a", "b"}, m_exec));

        assertTrue(e.getMessage().startsWith("Row 'r1', column 'b' has a missing value"), e.getMessage());
    }

    @Test
    void readMatrixRejectsStringColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> NumericColumns.readMatrix(table(false), new String[]{"s"}, m_exec));

        assertTrue(e.getMessage().startsWith("Column 's' is missing or not numeric"), e.getMessage());
    }

    @Test
    void readMatrixHonoursCancel() {
        BufferedDataTable input = table(false);
        m_monitor.setExecuteCanceled();

        assertThrows(CanceledExecutionException.class,
            () -> NumericColumns.readMatrix(input, new String[]{"a"}, m_exec));
    }

    @Test
    void checkNamesSettingAndColumn() {
        InvalidSettingsException notNumeric = assertThrows(InvalidSettingsException.class,
            () -> NumericColumns.checkNumericColumns(SPEC, "Data columns", "a", "s"));
        assertTrue(notNumeric.getMessage().startsWith("Data columns: column 's' has type"), notNumeric.getMessage());

        InvalidSettingsException absent = assertThrows(InvalidSettingsException.class,
            () -> NumericColumns.checkNumericColumns(SPEC, "Data columns", "zz"));
        assertTrue(absent.getMessage().startsWith("Data columns: column 'zz' is not in the input"),
            absent.getMessage());

        InvalidSettingsException empty = assertThrows(InvalidSettingsException.class,
            () -> NumericColumns.checkNumericColumns(SPEC, "Data columns"));
        assertTrue(empty.getMessage().endsWith("Numeric columns in the input: a, b, c"), empty.getMessage());
    }

    @Test
    void checkAcceptsNumericSelection() throws Exception {
        NumericColumns.checkNumericColumns(SPEC, "Data columns", "a", "b", "c");
    }
}
