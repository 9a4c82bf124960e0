package org.distdmf.core.graph;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads a dense mixing matrix from CSV: {@code n} lines of {@code n} numbers, optionally preceded
 * by a header line.
 *
 * <p>The first line counts as a header when any of its cells is not a number. Blank lines are
 * skipped. Reading only checks the layout; check the matrix against the graph with
 * {@link MixingMatrices#user} or {@link MixingMatrixValidator}.
 */
public final class MixingMatrixReader {

    private MixingMatrixReader() {
    }

    /**
     * Reads a matrix file.
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws IllegalArgumentException naming the file and line of a ragged row, a non-numeric
     *     cell, a non-square matrix or an empty file
     */
    public static DMatrixRMaj read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "mixing matrix file not found; check the path");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads a matrix from {@code in}; {@code source} names it in error messages. */
    public static DMatrixRMaj read(Reader in, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        List<double[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        boolean first = true;
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord record : parser) {
                // Read right after the record, this is the record's last line (its only line
                // unless a quoted cell spans lines).
                long line = parser.getCurrentLineNumber();
                if (first && isHeader(record)) {
                    first = false;
                    continue;
                }
                first = false;
                rows.add(parseRow(record, source, line));
                lines.add(line);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Mixing matrix " + source + " has no rows of numbers; "
                    + "write n lines of n comma-separated numbers");
        }
        int n = rows.size();
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            double[] row = rows.get(i);
            if (row.length != n) {
                throw new IllegalArgumentException("Invalid mixing matrix " + source + ", line " + lines.get(i)
                        + ": row " + i + " has " + row.length + " values but the matrix has " + n
                        + " rows, so every row needs " + n + " values");
            }
            for (int j = 0; j < n; j++) {
                v.unsafe_set(i, j, row[j]);
            }
        }
        return v;
    }

    private static boolean isHeader(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isEmpty() && parseDouble(cell) == null) {
                return true;
            }
        }
        return false;
    }

    private static double[] parseRow(CSVRecord record, String source, long line) {
        double[] values = new double[record.size()];
        for (int c = 0; c < values.length; c++) {
            String cell = record.get(c);
            Double value = parseDouble(cell);
            if (value == null) {
                throw new IllegalArgumentException("Invalid mixing matrix " + source + ", line " + line + ", column "
                        + (c + 1) + ": expected a number but found '" + cell + "'");
            }
            values[c] = value;
        }
        return values;
    }

    private static Double parseDouble(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
