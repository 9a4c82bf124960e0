package org.distdmf.knime.util;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.FactorTables;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;

/**
 * Checks and reads the tables that the training and stability nodes take as input: the long problem
 * table ({@code kind, agent, layer, row, column, value}), the edge table of the mixing matrix
 * ({@code source, target, weight}, diagonal included) and the long factors table
 * ({@code agent, layer, row, column, value}). The spec checks run in configure and name the port and
 * the column. The readers run in execute and prefix the engine's message with the port.
 */
public final class DmfInputs {

    private static final String PROBLEM_SOURCE =
        "connect the problem output of a DMF Problem Generator or DMF Problem from Table node";

    private static final String EDGE_SOURCE =
        "connect the edge table output of a Communication Graph Builder node";

    private static final String FACTORS_SOURCE =
        "connect the final factors output of a Consensus DMF Trainer node";

    private DmfInputs() {
    }

    /**
     * Checks that the problem table has a string column {@code kind} and numeric columns {@code agent},
     * {@code layer}, {@code row}, {@code column} and {@code value}.
     *
     * @param port the port's name in messages, for example "Problem table (input 0)"
     * @throws InvalidSettingsException naming the port and the missing or mistyped column
     */
    public static void checkProblemSpec(final DataTableSpec spec, final String port) throws InvalidSettingsException {
        requireConnected(spec, port, PROBLEM_SOURCE);
        requireColumn(spec, port, ProblemTables.KIND, ColumnKind.STRING, PROBLEM_SOURCE);
        for (String name : new String[]{ProblemTables.AGENT, ProblemTables.LAYER, ProblemTables.ROW,
            ProblemTables.COLUMN, ProblemTables.VALUE}) {
            requireColumn(spec, port, name, ColumnKind.NUMBER, PROBLEM_SOURCE);
        }
    }

    /**
     * Checks that the edge table has the columns {@code source}, {@code target} and {@code weight},
     * each numeric or string (the engine parses strings that hold numbers).
     *
     * @throws InvalidSettingsException naming the port and the missing or mistyped column
     */
    public static void checkEdgeSpec(final DataTableSpec spec, final String port) throws InvalidSettingsException {
        requireConnected(spec, port, EDGE_SOURCE);
        for (String name : EdgeTables.columnTypes().keySet()) {
            requireColumn(spec, port, name, ColumnKind.NUMBER_OR_STRING, EDGE_SOURCE);
        }
    }

    /**
     * Checks that the factors table has the numeric columns {@code agent}, {@code layer}, {@code row},
     * {@code column} and {@code value}.
     *
     * @throws InvalidSettingsException naming the port and the missing or mistyped column
     */
    public static void checkFactorsSpec(final DataTableSpec spec, final String port) throws InvalidSettingsException {
        requireConnected(spec, port, FACTORS_SOURCE);
        for (String name : new String[]{"agent", "layer", "row", "column", "value"}) {
            requireColumn(spec, port, name, ColumnKind.NUMBER, FACTORS_SOURCE);
        }
    }

    /**
     * Reads the problem from its long table.
     *
     * @throws IllegalArgumentException with the port and the engine's message when a column type has no
     *             engine equivalent or the rows do not describe a consistent problem
     */
    public static DmfProblem readProblem(final BufferedDataTable table, final String port) {
        try {
            return ProblemTables.fromLongTable(ResultTables.fromDataTable("problem", table));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the graph and its validated mixing matrix from the edge table. Agents are numbered from 0,
     * so their count is the largest id plus one. Negative diagonal entries are accepted, because the
     * best-constant weight rule produces them (for example at the hub of a star).
     *
     * @throws IllegalArgumentException with the port and the engine's message for a row or matrix defect
     */
    public static MixingNetwork readNetwork(final BufferedDataTable table, final String port) {
        try {
            return EdgeTables.fromTable(ResultTables.fromDataTable(EdgeTables.TABLE_NAME, table),
                EdgeTables.DEFAULT_TOLERANCE, true);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one factorization per agent of {@code problem} from the long factors table.
     *
     * @throws IllegalArgumentException with the port and the engine's message when an entry does not fit
     *             the problem's agents and layer widths, or an entry is missing
     */
    public static List<Factorization> readFactors(final BufferedDataTable table, final DmfProblem problem,
        final String port) {
        try {
            ResultTable factors = ResultTables.fromDataTable("factors", table);
            return new ArrayList<>(FactorTables.fromTable(factors, problem.widths(), problem.agentCount()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(port + ": " + e.getMessage()
                + "; the factors must come from a run on the same problem", e);
        }
    }

    /**
     * Checks that the problem and the mixing matrix have the same number of agents.
     *
     * @throws IllegalArgumentException naming both counts
     */
    public static void checkAgentCounts(final DmfProblem problem, final MixingNetwork network) {
        int problemAgents = problem.agentCount();
        int graphAgents = network.graph().agentCount();
        if (problemAgents != graphAgents) {
            throw new IllegalArgumentException("The problem table has " + problemAgents
                + " agents but the edge table has " + graphAgents + " agents (ids 0 to " + (graphAgents - 1)
                + "); build the graph for " + problemAgents + " agents or the problem for " + graphAgents);
        }
    }

    private enum ColumnKind {
        STRING("a string"), NUMBER("numeric (int, long or double)"),
        NUMBER_OR_STRING("numeric (int, long or double) or a string");

        private final String m_description;

        ColumnKind(final String description) {
            m_description = description;
        }

        boolean accepts(final DataType type) {
            // Boolean cells are also numbers in KNIME, but the engine reads them as booleans.
            boolean number = type.isCompatible(DoubleValue.class) && !type.isCompatible(BooleanValue.class);
            boolean string = type.isCompatible(StringValue.class);
            switch (this) {
                case STRING:
                    return string;
                case NUMBER:
                    return number;
                default:
                    return number || string;
            }
        }
    }

    private static void requireConnected(final DataTableSpec spec, final String port, final String source)
        throws InvalidSettingsException {
        if (spec == null) {
            throw new InvalidSettingsException(port + " is not connected; " + source);
        }
    }

    private static void requireColumn(final DataTableSpec spec, final String port, final String name,
        final ColumnKind kind, final String source) throws InvalidSettingsException {
        DataColumnSpec column = spec.getColumnSpec(name);
        if (column == null) {
            throw new InvalidSettingsException(port + " has no column '" + name + "'; " + source
                + ". Its columns are: " + String.join(", ", spec.getColumnNames()));
        }
        if (!kind.accepts(column.getType())) {
            throw new InvalidSettingsException(port + ": column '" + name + "' has type " + column.getType()
                + " but must be " + kind.m_description);
        }
    }
}
