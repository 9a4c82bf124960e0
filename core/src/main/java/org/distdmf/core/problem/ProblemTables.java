package org.distdmf.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Converts a problem to and from one long table with columns {@code kind, agent, layer, row, column,
 * value}: the format of the command line's problem CSV and of the KNIME nodes' problem port.
 *
 * <p>Kinds: {@code width} (layer {@code l}, value {@code d_l}), {@code target} ({@code X*}),
 * {@code ground_truth} or {@code balanced_factorization} (the reference point, layer {@code l} for
 * {@code W_l}, 1-based), {@code weight_decay} (per agent), {@code sensing_operator}, {@code mask},
 * {@code identity_operator} (one row per agent that observes {@code X} itself) and {@code measurement}.
 * Rows that belong to no agent have agent -1; rows of no layer have layer 0. Matrices are written in
 * full, zeros included, so that masks and shapes survive the round trip.
 */
public final class ProblemTables {

    public static final String KIND = "kind";
    public static final String AGENT = "agent";
    public static final String LAYER = "layer";
    public static final String ROW = "row";
    public static final String COLUMN = "column";
    public static final String VALUE = "value";

    static final String WIDTH = "width";
    static final String TARGET = "target";
    static final String GROUND_TRUTH = "ground_truth";
    static final String BALANCED = "balanced_factorization";
    static final String WEIGHT_DECAY = "weight_decay";
    static final String SENSING_OPERATOR = "sensing_operator";
    static final String MASK = "mask";
    static final String IDENTITY_OPERATOR = "identity_operator";
    static final String MEASUREMENT = "measurement";

    private ProblemTables() {
    }

    /** Returns the column names and types of the long problem table. */
    public static Map<String, ColumnType> columnTypes() {
        Map<String, ColumnType> types = new java.util.LinkedHashMap<>();
        types.put(KIND, ColumnType.STRING);
        types.put(AGENT, ColumnType.INTEGER);
        types.put(LAYER, ColumnType.INTEGER);
        types.put(ROW, ColumnType.INTEGER);
        types.put(COLUMN, ColumnType.INTEGER);
        types.put(VALUE, ColumnType.DOUBLE);
        return types;
    }

    /** Writes the problem as the long table. */
    public static ResultTable toLongTable(DmfProblem problem) {
        ResultTable.Builder table = ResultTable.builder("problem");
        columnTypes().forEach(table::column);

        int[] widths = problem.widths();
        for (int l = 0; l < widths.length; l++) {
            table.row(WIDTH, -1, l, 0, 0, (double) widths[l]);
        }
        if (problem.target() != null) {
            addMatrix(table, TARGET, -1, 0, problem.target());
        }
        if (problem.referencePoint() != null) {
            String kind = "ground truth".equals(problem.referenceLabel()) ? GROUND_TRUTH : BALANCED;
            for (int l = 0; l < problem.depth(); l++) {
                addMatrix(table, kind, -1, l + 1, problem.referencePoint().layer(l));
            }
        }
        for (AgentData agent : problem.agents()) {
            table.row(WEIGHT_DECAY, agent.agent(), 0, 0, 0, agent.weightDecay());
            switch (agent.observation()) {
                case SENSING:
                    addMatrix(table, SENSING_OPERATOR, agent.agent(), 0, agent.operator());
                    break;
                case MASK:
                    addMatrix(table, MASK, agent.agent(), 0, agent.operator());
                    break;
                default:
                    table.row(IDENTITY_OPERATOR, agent.agent(), 0, 0, 0, 1.0);
                    break;
            }
            addMatrix(table, MEASUREMENT, agent.agent(), 0, agent.measurements());
        }
        return table.build();
    }

    private static void addMatrix(ResultTable.Builder table, String kind, int agent, int layer, DMatrixRMaj matrix) {
        for (int r = 0; r < matrix.numRows; r++) {
            for (int c = 0; c < matrix.numCols; c++) {
                table.row(kind, agent, layer, r, c, matrix.get(r, c));
            }
        }
    }

    /**
     * Reads a problem back from the long table.
     *
     * @throws IllegalArgumentException naming the column, kind, agent or entry that is missing or inconsistent
     */
    public static DmfProblem fromLongTable(ResultTable table) {
        int kindColumn = table.requireColumn(KIND);
        int agentColumn = table.requireColumn(AGENT);
        int layerColumn = table.requireColumn(LAYER);
        int rowColumn = table.requireColumn(ROW);
        int columnColumn = table.requireColumn(COLUMN);
        int valueColumn = table.requireColumn(VALUE);

        Map<String, List<double[]>> entries = new TreeMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Object kind = table.cell(r, kindColumn);
            if (kind == null) {
                throw new IllegalArgumentException("problem table row " + r + " has no kind");
            }
            double[] entry = new double[5];
            int[] columns = {agentColumn, layerColumn, rowColumn, columnColumn, valueColumn};
            String[] names = {AGENT, LAYER, ROW, COLUMN, VALUE};
            for (int k = 0; k < 5; k++) {
                entry[k] = table.doubleCell(r, columns[k]);
                if (Double.isNaN(entry[k]) && table.cell(r, columns[k]) == null) {
                    throw new IllegalArgumentException("problem table row " + r + " (kind " + kind + ") has no " + names[k]);
                }
            }
            entries.computeIfAbsent(kind.toString(), key -> new ArrayList<>()).add(entry);
        }

        int[] widths = readWidths(entries.getOrDefault(WIDTH, Collections.emptyList()));
        int depth = widths.length - 1;
        int rows = widths[depth];
        int columns = widths[0];

        DMatrixRMaj target = entries.containsKey(TARGET) ? readMatrix(entries.get(TARGET), TARGET, -1, 0, rows, columns) : null;
        Factorization reference = null;
        String label = null;
        for (String kind : new String[] {GROUND_TRUTH, BALANCED}) {
            if (entries.containsKey(kind)) {
                DMatrixRMaj[] layers = new DMatrixRMaj[depth];
                for (int l = 1; l <= depth; l++) {
                    layers[l - 1] = readMatrix(entries.get(kind), kind, -1, l, widths[l], widths[l - 1]);
                }
                reference = Factorization.of(layers);
                label = GROUND_TRUTH.equals(kind) ? "ground truth" : "balanced factorization";
            }
        }

        List<double[]> decays = entries.getOrDefault(WEIGHT_DECAY, Collections.emptyList());
        if (decays.isEmpty()) {
            throw new IllegalArgumentException("problem table has no weight_decay rows, so the agents are unknown");
        }
        int agentCount = 0;
        for (double[] entry : decays) {
            agentCount = Math.max(agentCount, (int) entry[0] + 1);
        }
        double[] taus = new double[agentCount];
        java.util.Arrays.fill(taus, Double.NaN);
        for (double[] entry : decays) {
            taus[(int) entry[0]] = entry[4];
        }
        List<AgentData> agents = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            if (Double.isNaN(taus[i])) {
                throw new IllegalArgumentException("problem table has no weight_decay row for agent " + i);
            }
            agents.add(readAgent(entries, i, taus[i], rows, columns));
        }
        return new DmfProblem(widths, agents, target, reference, label);
    }

    private static AgentData readAgent(Map<String, List<double[]>> entries, int agent, double tau, int rows, int columns) {
        if (hasAgent(entries.get(SENSING_OPERATOR), agent)) {
            DMatrixRMaj operator = readMatrix(entries.get(SENSING_OPERATOR), SENSING_OPERATOR, agent, 0, -1, rows);
            DMatrixRMaj y = readMatrix(entries.get(MEASUREMENT), MEASUREMENT, agent, 0, operator.numRows, columns);
            return new AgentData(agent, Observation.SENSING, operator, y, tau);
        }
        if (hasAgent(entries.get(MASK), agent)) {
            DMatrixRMaj mask = readMatrix(entries.get(MASK), MASK, agent, 0, rows, columns);
            DMatrixRMaj y = readMatrix(entries.get(MEASUREMENT), MEASUREMENT, agent, 0, rows, columns);
            return new AgentData(agent, Observation.MASK, mask, y, tau);
        }
        if (hasAgent(entries.get(IDENTITY_OPERATOR), agent)) {
            DMatrixRMaj y = readMatrix(entries.get(MEASUREMENT), MEASUREMENT, agent, 0, rows, columns);
            return new AgentData(agent, Observation.IDENTITY, null, y, tau);
        }
        throw new IllegalArgumentException("problem table has no sensing_operator, mask or identity_operator rows for agent "
                + agent);
    }

    private static boolean hasAgent(List<double[]> entries, int agent) {
        if (entries == null) {
            return false;
        }
        for (double[] entry : entries) {
            if ((int) entry[0] == agent) {
                return true;
            }
        }
        return false;
    }

    private static int[] readWidths(List<double[]> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("problem table has no width rows; it needs d_0 .. d_L");
        }
        int maxLayer = 0;
        for (double[] entry : entries) {
            maxLayer = Math.max(maxLayer, (int) entry[1]);
        }
        int[] widths = new int[maxLayer + 1];
        for (double[] entry : entries) {
            widths[(int) entry[1]] = (int) entry[4];
        }
        Factorization.checkWidths(widths);
        return widths;
    }

    /**
     * Collects one matrix; {@code rows = -1} infers the row count from the largest row index. Throws
     * unless every entry is present exactly once.
     */
    private static DMatrixRMaj readMatrix(List<double[]> entries, String kind, int agent, int layer, int rows, int columns) {
        if (entries == null) {
            throw new IllegalArgumentException("problem table has no " + kind + " rows");
        }
        List<double[]> selected = new ArrayList<>();
        int maxRow = -1;
        for (double[] entry : entries) {
            if ((int) entry[0] == agent && (int) entry[1] == layer) {
                selected.add(entry);
                maxRow = Math.max(maxRow, (int) entry[2]);
            }
        }
        int rowCount = rows < 0 ? maxRow + 1 : rows;
        String where = kind + (agent >= 0 ? " of agent " + agent : "") + (layer > 0 ? " layer " + layer : "");
        if (selected.size() != rowCount * columns) {
            throw new IllegalArgumentException("problem table has " + selected.size() + " entries for " + where
                    + " but a " + rowCount + " x " + columns + " matrix needs " + rowCount * columns);
        }
        DMatrixRMaj matrix = new DMatrixRMaj(rowCount, columns);
        boolean[] seen = new boolean[rowCount * columns];
        for (double[] entry : selected) {
            int r = (int) entry[2];
            int c = (int) entry[3];
            if (r < 0 || r >= rowCount || c < 0 || c >= columns) {
                throw new IllegalArgumentException("problem table entry (" + r + ", " + c + ") of " + where
                        + " lies outside its " + rowCount + " x " + columns + " shape");
            }
            if (seen[r * columns + c]) {
                throw new IllegalArgumentException("problem table lists entry (" + r + ", " + c + ") of " + where + " twice");
            }
            seen[r * columns + c] = true;
            matrix.set(r, c, entry[4]);
        }
        return matrix;
    }

    /**
     * Returns one row per agent: observation, measurement rows {@code k_i}, weight decay and the
     * Frobenius norm of its measurements.
     */
    public static ResultTable agentSummary(DmfProblem problem) {
        ResultTable.Builder table = ResultTable.builder("agents")
                .column("agent", ColumnType.INTEGER)
                .column("observation", ColumnType.STRING)
                .column("measurement_rows", ColumnType.INTEGER)
                .column("weight_decay", ColumnType.DOUBLE)
                .column("measurement_norm", ColumnType.DOUBLE)
                .column("observed_fraction", ColumnType.DOUBLE);
        for (AgentData agent : problem.agents()) {
            double observed = 1.0;
            if (agent.observation() == Observation.MASK) {
                observed = org.ejml.dense.row.CommonOps_DDRM.elementSum(agent.operator()) / agent.operator().getNumElements();
            }
            table.row(agent.agent(), agent.observation().name().toLowerCase(), agent.measurements().numRows,
                    agent.weightDecay(), NormOps_DDRM.normF(agent.measurements()), observed);
        }
        return table.build();
    }
}
