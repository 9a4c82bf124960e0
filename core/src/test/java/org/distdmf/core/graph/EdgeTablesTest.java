package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EdgeTablesTest {

    private static ResultTable table(Object[]... rows) {
        ResultTable.Builder builder = ResultTable.builder("weights");
        EdgeTables.columnTypes().forEach(builder::column);
        for (Object[] row : rows) {
            builder.row(row);
        }
        return builder.build();
    }

    private static String errorOf(ResultTable table) {
        return assertThrows(IllegalArgumentException.class, () -> EdgeTables.fromTable(table)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "message '" + message + "' lacks '" + part + "'");
        }
    }

    @Test
    void tableListsDiagonalAndEachEdgeOnce() {
        CommunicationGraph path = new PathTopology(3).generate(null);

        ResultTable table = EdgeTables.toTable(path, MixingMatrices.metropolisHastings(path));

        assertEquals(EdgeTables.TABLE_NAME, table.name());
        assertEquals(5, table.rowCount());
        // MixingMatrices computes each diagonal entry as 1 minus its off-diagonal row sum.
        assertArrayEquals(new Object[] {0, 0, 1.0 - 1.0 / 3}, table.row(0));
        assertArrayEquals(new Object[] {0, 1, 1.0 / 3}, table.row(1));
        assertArrayEquals(new Object[] {1, 1, 1.0 - (1.0 / 3 + 1.0 / 3)}, table.row(2));
        assertArrayEquals(new Object[] {1, 2, 1.0 / 3}, table.row(3));
        assertArrayEquals(new Object[] {2, 2, 1.0 - 1.0 / 3}, table.row(4));
    }

    @ParameterizedTest
    @EnumSource(value = MixingRule.class, names = "USER", mode = EnumSource.Mode.EXCLUDE)
    void karateClubRoundTripsThroughCsv(MixingRule rule, @TempDir Path folder) throws Exception {
        CommunicationGraph karate = EdgeListReader.defaults().read(EdgeListReaderTest.karateClub());
        DMatrixRMaj v = MixingMatrices.build(karate, rule);
        Path file = folder.resolve("edges.csv");
        EdgeTables.toTable(karate, v).writeCsv(file);

        ResultTable read = ResultTable.readCsv(file, EdgeTables.columnTypes());
        MixingNetwork network = EdgeTables.fromTable(read, EdgeTables.DEFAULT_TOLERANCE, rule == MixingRule.BEST_CONSTANT);

        assertEquals(karate, network.graph());
        assertTrue(MatrixFeatures_DDRM.isIdentical(v, network.mixingMatrix(), 0.0), rule + " weights changed");
    }

    @Test
    void missingDiagonalIsCompleted() {
        MixingNetwork network = EdgeTables.fromTable(table(
                new Object[] {0, 1, 0.25},
                new Object[] {1, 2, 0.5}));

        DMatrixRMaj v = network.mixingMatrix();
        assertEquals(0.75, v.get(0, 0), 0.0);
        assertEquals(0.25, v.get(1, 1), 0.0);
        assertEquals(0.5, v.get(2, 2), 0.0);
        assertEquals(0.25, v.get(1, 0), 0.0);
        assertEquals(2, network.graph().edgeCount());
    }

    @Test
    void reversedDuplicateEdgeIsAccepted() {
        MixingNetwork network = EdgeTables.fromTable(table(
                new Object[] {0, 1, 0.5},
                new Object[] {1, 0, 0.5}));

        assertEquals(1, network.graph().edgeCount());
        assertEquals(0.5, network.mixingMatrix().get(0, 0), 0.0);
    }

    @Test
    void readsStringAndDoubleIds() throws IOException {
        ResultTable text = ResultTable.readCsv("typed.csv", new StringReader("source,target,weight\n0,1,0.5\n"),
                Map.of("weight", ColumnType.DOUBLE));
        ResultTable doubles = ResultTable.readCsv("doubles.csv", new StringReader("source,target,weight\n0.0,1.0,0.5\n"),
                Map.of("source", ColumnType.DOUBLE, "target", ColumnType.DOUBLE, "weight", ColumnType.DOUBLE));

        assertEquals(1, EdgeTables.fromTable(text).graph().edgeCount());
        assertEquals(1, EdgeTables.fromTable(doubles).graph().edgeCount());
    }

    @Test
    void conflictingWeightsNameBothRows() {
        assertMentions(errorOf(table(new Object[] {0, 1, 0.5}, new Object[] {1, 0, 0.4})),
                "row 0", "row 1", "weight 0.5", "gives 0.4");
    }

    @Test
    void conflictingDiagonalIsRejected() {
        assertMentions(errorOf(table(new Object[] {0, 1, 0.5}, new Object[] {0, 0, 0.5}, new Object[] {0, 0, 0.4})),
                "agent 0", "row 2", "0.4");
    }

    @Test
    void missingCellsAreNamed() {
        assertMentions(errorOf(table(new Object[] {0, null, 0.5})), "Missing agent id", "row 0", "'target'");
        assertMentions(errorOf(table(new Object[] {0, 1, null})), "Missing weight", "row 0");
    }

    @Test
    void badIdsAreNamed() throws IOException {
        ResultTable fractional = ResultTable.readCsv("f.csv", new StringReader("source,target,weight\n0.5,1,0.5\n"),
                Map.of("source", ColumnType.DOUBLE, "weight", ColumnType.DOUBLE));
        ResultTable word = ResultTable.readCsv("w.csv", new StringReader("source,target,weight\nzero,1,0.5\n"),
                Map.of("weight", ColumnType.DOUBLE));

        assertMentions(errorOf(table(new Object[] {-2, 1, 0.5})), "agent id -2", "row 0");
        assertMentions(errorOf(fractional), "0.5", "'source'", "integer");
        assertMentions(errorOf(word), "'zero'", "'source'");
    }

    @Test
    void nonFiniteWeightIsNamed() {
        assertMentions(errorOf(table(new Object[] {0, 1, Double.POSITIVE_INFINITY})), "weight Infinity", "row 0");
    }

    @Test
    void invalidMatrixIsReportedByValidator() {
        assertMentions(errorOf(table(new Object[] {0, 1, 0.5}, new Object[] {0, 0, 0.6})), "row 0", "sums to 1.1");
        assertMentions(errorOf(table(new Object[] {0, 1, -0.5})), "V(0,1) = -0.5");
    }

    @Test
    void missingColumnListsColumns() {
        ResultTable noWeight = ResultTable.builder("plain")
                .column("source", ColumnType.INTEGER)
                .column("target", ColumnType.INTEGER)
                .row(0, 1)
                .build();

        String message = assertThrows(IllegalArgumentException.class, () -> EdgeTables.fromTable(noWeight)).getMessage();

        assertMentions(message, "'weight'", "[source, target]");
    }

    @Test
    void emptyTableIsRejected() {
        assertMentions(errorOf(table()), "no rows");
    }

    @Test
    void toTableRejectsEntryOutsideGraph() {
        CommunicationGraph path = new PathTopology(3).generate(null);
        DMatrixRMaj v = MixingMatrices.metropolisHastings(path);
        v.set(0, 2, 0.1);

        String message = assertThrows(IllegalArgumentException.class, () -> EdgeTables.toTable(path, v)).getMessage();

        assertMentions(message, "V(0,2) = 0.1", "not neighbours");
    }

    @Test
    void csvTextIsReadable() throws IOException {
        CommunicationGraph ring = new RingTopology(3).generate(null);
        StringWriter out = new StringWriter();

        EdgeTables.toTable(ring, MixingMatrices.metropolisHastings(ring)).writeCsv(out);

        assertTrue(out.toString().startsWith("source,target,weight\n0,0,0.33333333333333337\n0,1,0.3333333333333333\n"),
                out.toString());
    }
}
