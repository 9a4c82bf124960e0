package org.distdmf.core.problem;

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
 * Reads a numeric matrix from CSV: rows as rows, selected columns as columns.
 *
 * <p>With a header, columns are chosen by name (all columns when none are named); without one, by
 * 0-based index. Leading lines can be skipped, for files that start with a line of metadata.
 */
public final class MatrixCsv {

    private final boolean header;
    private final int skipLines;
    private final List<String> columnNames;
    private final int[] columnIndices;

    private MatrixCsv(boolean header, int skipLines, List<String> columnNames, int[] columnIndices) {
        this.header = header;
        this.skipLines = skipLines;
        this.columnNames = columnNames;
        this.columnIndices = columnIndices;
    }

    /** Returns a reader for a file with a header line, taking all columns. */
    public static MatrixCsv withHeader() {
        return new MatrixCsv(true, 0, List.of(), null);
    }

    /** Returns a reader for a file without a header line, taking all columns. */
    public static MatrixCsv withoutHeader() {
        return new MatrixCsv(false, 0, List.of(), null);
    }

    /** Skips this many lines before the header (or the first row). */
    public MatrixCsv skipLines(int lines) {
        if (lines < 0) {
            throw new IllegalArgumentException("lines to skip must be >= 0 but is " + lines);
        }
        return new MatrixCsv(header, lines, columnNames, columnIndices);
    }

    /** Selects columns by header name. */
    public MatrixCsv columns(List<String> names) {
        return new MatrixCsv(header, skipLines, List.copyOf(names), null);
    }

    /** Selects columns by 0-based index. */
    public MatrixCsv columnIndices(int... indices) {
        return new MatrixCsv(header, skipLines, List.of(), indices.clone());
    }

    /**
     * Reads the matrix.
     *
     * @throws NoSuchFileException when the file does not exist
     * @throws IllegalArgumentException naming the file, line and column of a missing column or a cell that is not a number
     */
    public DMatrixRMaj read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "matrix file not found");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads the matrix from a reader; {@code source} names it in messages. */
    public DMatrixRMaj read(Reader in, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<CSVRecord> records = parser.getRecords();
            int first = skipLines;
            if (records.size() <= first) {
                throw new IllegalArgumentException(source + " has no data after skipping " + skipLines + " lines");
            }
            int[] selected = columnIndices;
            if (header) {
                CSVRecord names = records.get(first);
                first++;
                selected = selectByName(names, source);
            }
            if (records.size() <= first) {
                throw new IllegalArgumentException(source + " has a header but no data rows");
            }
            if (selected == null) {
                int width = records.get(first).size();
                selected = new int[width];
                for (int c = 0; c < width; c++) {
                    selected[c] = c;
                }
            }
            List<double[]> rows = new ArrayList<>();
            for (int r = first; r < records.size(); r++) {
                CSVRecord record = records.get(r);
                double[] row = new double[selected.length];
                for (int c = 0; c < selected.length; c++) {
                    int column = selected[c];
                    if (column >= record.size()) {
                        throw new IllegalArgumentException(source + ", line " + record.getRecordNumber() + ": column "
                                + columnLabel(column) + " is missing (the line has " + record.size() + " cells)");
                    }
                    String text = record.get(column);
                    try {
                        row[c] = Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(source + ", line " + record.getRecordNumber() + ", column "
                                + columnLabel(column) + ": '" + text + "' is not a number", e);
                    }
                    if (!Double.isFinite(row[c])) {
                        throw new IllegalArgumentException(source + ", line " + record.getRecordNumber() + ", column "
                                + columnLabel(column) + ": the value " + text + " is not finite");
                    }
                }
                rows.add(row);
            }
            DMatrixRMaj matrix = new DMatrixRMaj(rows.size(), selected.length);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < selected.length; c++) {
                    matrix.set(r, c, rows.get(r)[c]);
                }
            }
            return matrix;
        }
    }

    private int[] selectByName(CSVRecord names, String source) {
        List<String> available = new ArrayList<>();
        names.forEach(available::add);
        if (columnNames.isEmpty()) {
            return columnIndices;
        }
        int[] selected = new int[columnNames.size()];
        for (int c = 0; c < selected.length; c++) {
            selected[c] = available.indexOf(columnNames.get(c));
            if (selected[c] < 0) {
                throw new IllegalArgumentException(source + " has no column '" + columnNames.get(c) + "'; its columns are "
                        + available);
            }
        }
        return selected;
    }

    private String columnLabel(int column) {
        return Integer.toString(column);
    }

    /** Returns the Pearson correlation matrix of the columns of {@code data} (a constant column correlates 0, diagonal 1). */
    public static DMatrixRMaj correlation(DMatrixRMaj data) {
        DMatrixRMaj standardised = Standardisation.STANDARDIZE_COLUMNS.apply(data);
        int columns = data.numCols;
        DMatrixRMaj correlation = new DMatrixRMaj(columns, columns);
        org.ejml.dense.row.CommonOps_DDRM.multTransA(standardised, standardised, correlation);
        org.ejml.dense.row.CommonOps_DDRM.divide(correlation, Math.max(1, data.numRows - 1));
        for (int c = 0; c < columns; c++) {
            correlation.set(c, c, 1.0);
        }
        return correlation;
    }
}
