package org.distdmf.knime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.distdmf.core.table.ResultTable;
import org.distdmf.knime.util.ResultTables;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/** Builds KNIME tables for node tests and compares node outputs with engine tables. */
public final class TableFixture {

    private TableFixture() {
    }

    /** Returns a table with the given column names and types and one row per cell array, keyed Row0, Row1, .... */
    public static BufferedDataTable table(final ExecutionContext exec, final String[] names, final DataType[] types,
        final List<DataCell[]> rows) {
        DataColumnSpec[] columns = new DataColumnSpec[names.length];
        for (int c = 0; c < names.length; c++) {
            columns[c] = new DataColumnSpecCreator(names[c], types[c]).createSpec();
        }
        BufferedDataContainer container = exec.createDataContainer(new DataTableSpec("input", columns));
        for (int r = 0; r < rows.size(); r++) {
            container.addRowToTable(new DefaultRow("Row" + r, rows.get(r)));
        }
        container.close();
        return container.getTable();
    }

    /** Asserts that a node output has the engine table's columns, types and cells, compared exactly. */
    public static void assertSameTable(final ResultTable expected, final BufferedDataTable actual) {
        ResultTable read = ResultTables.fromDataTable(expected.name(), actual);
        assertEquals(expected.columnNames(), read.columnNames(), "column names");
        assertEquals(expected.columnTypes(), read.columnTypes(), "column types");
        assertEquals(expected.rowCount(), read.rowCount(), "row count");
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                assertEquals(expected.cell(r, c), read.cell(r, c), "row " + r + ", column " + expected.columnName(c));
            }
        }
    }

    /** Returns the lines of a text resource next to {@code owner}. */
    public static List<String> resourceLines(final Class<?> owner, final String name) throws IOException {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Test resource " + name + " is not next to " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        }
    }
}
