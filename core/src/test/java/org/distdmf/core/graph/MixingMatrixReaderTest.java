package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixingMatrixReaderTest {

    private static DMatrixRMaj read(String csv) throws IOException {
        return MixingMatrixReader.read(new StringReader(csv), "V.csv");
    }

    private static String errorOf(String csv) {
        return assertThrows(IllegalArgumentException.class, () -> read(csv)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "message '" + message + "' lacks '" + part + "'");
        }
    }

    @Test
    void readsMatrixWithoutHeader() throws IOException {
        DMatrixRMaj v = read("0.5,0.5\n0.5,0.5\n");

        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, v.getData(), 0.0);
    }

    @Test
    void skipsHeaderAndBlankLines() throws IOException {
        DMatrixRMaj v = read("a0,a1,a2\n0.6, 0.4, 0\n\n0.4,0.2,0.4\n0,0.4,0.6");

        assertArrayEquals(new double[] {0.6, 0.4, 0, 0.4, 0.2, 0.4, 0, 0.4, 0.6}, v.getData(), 0.0);
    }

    @Test
    void readMatrixPassesValidation() throws IOException {
        CommunicationGraph path = new PathTopology(3).generate(null);

        DMatrixRMaj v = MixingMatrices.user(path, read("0.6,0.4,0\n0.4,0.2,0.4\n0,0.4,0.6\n"), 1e-12);

        assertArrayEquals(new double[] {0.6, 0.4, 0, 0.4, 0.2, 0.4, 0, 0.4, 0.6}, v.getData(), 0.0);
    }

    @Test
    void raggedRowNamesLineAndCounts() {
        assertMentions(errorOf("1,0,0\n0,1\n0,0,1\n"), "V.csv, line 2", "row 1 has 2 values", "needs 3 values");
    }

    @Test
    void nonNumericCellNamesLineColumnAndValue() {
        assertMentions(errorOf("h1,h2\n1,0\n0,x\n"), "V.csv, line 3, column 2", "'x'");
    }

    @Test
    void emptyInputIsRejected() {
        assertMentions(errorOf("left,right\n"), "V.csv", "no rows");
    }

    @Test
    void missingFileIsNoSuchFile(@TempDir Path folder) {
        Path missing = folder.resolve("absent.csv");

        NoSuchFileException error = assertThrows(NoSuchFileException.class, () -> MixingMatrixReader.read(missing));

        assertMentions(error.getMessage(), "absent.csv", "not found");
    }

    @Test
    void readsFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("V.csv");
        Files.writeString(file, "1,0\n0,1\n");

        assertArrayEquals(new double[] {1, 0, 0, 1}, MixingMatrixReader.read(file).getData(), 0.0);
    }
}
