package org.distdmf.knime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphSample;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.distdmf.core.table.ResultTable;
import org.distdmf.knime.util.ResultTables;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * Inputs for the training and stability node tests, built by the engine: a synthetic problem of the
 * reference experiments' kind and an Erdos-Renyi graph with Metropolis-Hastings weights. The class also
 * compares tables and edits specs for the bad-input cases.
 */
public final class DmfTestTables {

    private DmfTestTables() {
    }

    /**
     * Returns the reference experiments' synthetic problem (Gaussian sensing, hidden widths in
     * [d, 3d], weight decay in [0.1, 0.9]) at a size that trains in milliseconds.
     */
    public static DmfProblem problem(final int agents, final int size, final int depth, final long seed) {
        return SyntheticProblemGenerator.generate(SyntheticProblemSpec.reference(agents, size, depth, seed));
    }

    /** Returns a connected Erdos-Renyi graph G(n, p) with Metropolis-Hastings weights. */
    public static MixingNetwork network(final int agents, final double probability, final long seed) {
        GraphSample sample = GraphFactory.build(GraphSpec.erdosRenyi(agents, probability),
            ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED, seed);
        return new MixingNetwork(sample.graph(), MixingMatrices.metropolisHastings(sample.graph()));
    }

    /** Returns the edge table of the network as the Communication Graph Builder writes it. */
    public static ResultTable edgeTable(final MixingNetwork network) {
        return EdgeTables.toTable(network.graph(), network.mixingMatrix());
    }

    public static BufferedDataTable knimeTable(final ResultTable table, final ExecutionContext exec)
        throws CanceledExecutionException {
        return ResultTables.toBufferedDataTable(table, exec);
    }

    /** Returns a copy of {@code table} with only the rows that {@code keep} accepts. */
    public static ResultTable filterRows(final ResultTable table, final Predicate<Object[]> keep) {
        ResultTable.Builder builder = ResultTable.builder(table.name());
        for (int c = 0; c < table.columnCount(); c++) {
            builder.column(table.columnName(c), table.columnType(c));
        }
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] row = table.row(r);
            if (keep.test(row)) {
                builder.row(row);
            }
        }
        return builder.build();
    }

    /** Asserts that the KNIME table has the engine table's columns, types and cells, bit for bit. */
    public static void assertSameTable(final ResultTable expected, final BufferedDataTable actual) {
        assertEquals(ResultTables.createSpec(expected), actual.getDataTableSpec(), "spec of " + expected.name());
        ResultTable read = ResultTables.fromDataTable(expected.name(), actual);
        assertEquals(expected.rowCount(), read.rowCount(), "rows of " + expected.name());
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                assertEquals(expected.cell(r, c), read.cell(r, c),
                    expected.name() + " row " + r + " column " + expected.columnName(c));
            }
        }
    }

    /** Returns the spec without the named column. */
    public static DataTableSpec withoutColumn(final DataTableSpec spec, final String column) {
        List<DataColumnSpec> columns = new ArrayList<>();
        for (DataColumnSpec columnSpec : spec) {
            if (!columnSpec.getName().equals(column)) {
                columns.add(columnSpec);
            }
        }
        return new DataTableSpec(spec.getName(), columns.toArray(new DataColumnSpec[0]));
    }

    /** Returns the spec with the named column changed to {@code type}. */
    public static DataTableSpec withColumnType(final DataTableSpec spec, final String column, final DataType type) {
        List<DataColumnSpec> columns = new ArrayList<>();
        for (DataColumnSpec columnSpec : spec) {
            columns.add(columnSpec.getName().equals(column)
                ? new DataColumnSpecCreator(column, type).createSpec() : columnSpec);
        }
        return new DataTableSpec(spec.getName(), columns.toArray(new DataColumnSpec[0]));
    }
}
