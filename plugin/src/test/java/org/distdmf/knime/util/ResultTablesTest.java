package org.distdmf.knime.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.knime.graph.CommunicationGraphBuilderNodeFactory;
import org.distdmf.knime.testing.TestExecution;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

class ResultTablesTest {

    private final ExecutionContext m_exec = TestExecution.createContext(new CommunicationGraphBuilderNodeFactory());

    private static ResultTable allTypes() {
        return ResultTable.builder("all types")
            .column("d", ColumnType.DOUBLE)
            .column("i", ColumnType.INTEGER)
            .column("s", ColumnType.STRING)
            .column("b", ColumnType.BOOLEAN)
            .row(1.5, 2, "x", true)
            .row(null, null, null, null)
            .row(-0.25, -7, "", false)
            .build();
    }

    @Test
    void specMapsEveryColumnType() {
        DataTableSpec spec = ResultTables.createSpec(allTypes());

        assertEquals("all types", spec.getName());
        assertArrayEquals(new String[]{"d", "i", "s", "b"}, spec.getColumnNames());
        assertEquals(DoubleCell.TYPE, spec.getColumnSpec(0).getType());
        assertEquals(IntCell.TYPE, spec.getColumnSpec(1).getType());
        assertEquals(StringCell.TYPE, spec.getColumnSpec(2).getType());
        assertEquals(BooleanCell.TYPE, spec.getColumnSpec(3).getType());
    }

    @Test
    void toBufferedDataTableWritesMissingCells() throws Exception {
        BufferedDataTable table = ResultTables.toBufferedDataTable(allTypes(), m_exec);

        assertEquals(3, table.size());
        List<DataRow> rows = new ArrayList<>();
        table.forEach(rows::add);
        assertEquals("Row0", rows.get(0).getKey().getString());
        assertEquals(new DoubleCell(1.5), rows.get(0).getCell(0));
        assertEquals(new IntCell(2), rows.get(0).getCell(1));
        assertEquals(new StringCell("x"), rows.get(0).getCell(2));
        assertEquals(BooleanCell.TRUE, rows.get(0).getCell(3));
        for (DataCell cell : rows.get(1)) {
            assertTrue(cell.isMissing(), "row 1 is all missing, found " + cell);
        }
        assertEquals(new StringCell(""), rows.get(2).getCell(2));
        assertEquals(BooleanCell.FALSE, rows.get(2).getCell(3));
    }

    @Test
    void roundTripKeepsEveryCell() throws Exception {
        ResultTable original = allTypes();

        ResultTable back = ResultTables.fromDataTable("back", ResultTables.toBufferedDataTable(original, m_exec));

        assertEquals(original.columnNames(), back.columnNames());
        assertEquals(original.columnTypes(), back.columnTypes());
        assertEquals(original.rowCount(), back.rowCount());
        for (int r = 0; r < original.rowCount(); r++) {
            assertArrayEquals(original.row(r), back.row(r), "row " + r);
        }
    }

    @Test
    void booleanColumnIsReadAsBooleanNotInteger() {
        assertEquals(ColumnType.BOOLEAN, ResultTables.columnType(BooleanCell.TYPE));
        assertEquals(ColumnType.INTEGER, ResultTables.columnType(IntCell.TYPE));
        assertEquals(ColumnType.DOUBLE, ResultTables.columnType(DoubleCell.TYPE));
        assertEquals(ColumnType.STRING, ResultTables.columnType(StringCell.TYPE));
    }

    @Test
    void unsupportedColumnTypeNamesTheColumn() {
        DataTableSpec spec = new DataTableSpec(
            new DataColumnSpecCreator("blob", DataType.getType(OpaqueCell.class)).createSpec());
        BufferedDataContainer container = m_exec.createDataContainer(spec);
        container.addRowToTable(new DefaultRow("Row0", new OpaqueCell()));
        container.close();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ResultTables.fromDataTable("opaque", container.getTable()));

        assertTrue(e.getMessage().startsWith("Column 'blob': Column type"), e.getMessage());
    }

    /** A cell type with no engine equivalent. */
    private static final class OpaqueCell extends DataCell {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean equalsDataCell(final DataCell dc) {
            return true;
        }

        @Override
        public int hashCode() {
            return 1;
        }

        @Override
        public String toString() {
            return "opaque";
        }
    }
}
