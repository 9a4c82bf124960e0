package org.distdmf.knime.workflows;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.distdmf.core.problem.MatrixCsv;
import org.ejml.data.DMatrixRMaj;

/**
 * Builds the input tables of a workflow description from data files, as the cell texts that a Table
 * Creator stores. A workflow carries its input data in Table Creator nodes so that it runs without
 * file paths; the data files and their provenance stay in {@code test-workflows/data}.
 */
final class InputTables {

    private InputTables() {
    }

    /**
     * Returns the table a {@code table} line describes.
     *
     * @param baseFolder the folder that the line's file path is relative to
     * @throws IllegalArgumentException naming the line's alias if its arguments or file are invalid
     */
    static KnimeTestingNodes.TextTable build(final WorkflowDescription.TableLine line, final Path baseFolder)
        throws IOException {
        Path file = baseFolder.resolve(line.file());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("table " + line.alias() + ": data file " + file + " not found");
        }
        switch (line.kind()) {
            case "csv":
                return csvColumns(line, file);
            case "matrix":
                return matrix(line, file, false);
            default:
                return matrix(line, file, true);
        }
    }

    private static KnimeTestingNodes.TextTable csvColumns(final WorkflowDescription.TableLine line, final Path file)
        throws IOException {
        List<String> columns = new ArrayList<>();
        List<String> cellClasses = new ArrayList<>();
        for (String argument : line.arguments()) {
            String[] parts = argument.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("table " + line.alias() + ": '" + argument
                    + "' is not COLUMN:TYPE with TYPE int, double or string");
            }
            columns.add(parts[0]);
            cellClasses.add(cellClass(line, parts[1]));
        }
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException("table " + line.alias() + ": " + file.getFileName()
                        + " has no column '" + column + "'; its columns are " + parser.getHeaderNames());
                }
            }
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    row.add(normalise(line, record.get(columns.get(c)).strip(), cellClasses.get(c)));
                }
                rows.add(row);
            }
        }
        return new KnimeTestingNodes.TextTable(columns, cellClasses, rows);
    }

    private static String cellClass(final WorkflowDescription.TableLine line, final String type) {
        switch (type) {
            case "int":
                return KnimeTestingNodes.INT_CELL;
            case "double":
                return KnimeTestingNodes.DOUBLE_CELL;
            case "string":
                return KnimeTestingNodes.STRING_CELL;
            default:
                throw new IllegalArgumentException("table " + line.alias() + ": column type '" + type
                    + "' is invalid; use int, double or string");
        }
    }

    /** Rewrites a number in the form the Table Creator's cell factory parses, rejecting text that is not a number. */
    private static String normalise(final WorkflowDescription.TableLine line, final String text,
        final String cellClass) {
        try {
            if (KnimeTestingNodes.INT_CELL.equals(cellClass)) {
                return Integer.toString(Integer.parseInt(text));
            }
            if (KnimeTestingNodes.DOUBLE_CELL.equals(cellClass)) {
                return Double.toString(Double.parseDouble(text));
            }
            return text;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("table " + line.alias() + ": '" + text + "' is not a valid "
                + (KnimeTestingNodes.INT_CELL.equals(cellClass) ? "int" : "double"), e);
        }
    }

    /** Reads columns FIRST..LAST of a header-less CSV as doubles, or their Pearson correlation matrix. */
    private static KnimeTestingNodes.TextTable matrix(final WorkflowDescription.TableLine line, final Path file,
        final boolean correlation) throws IOException {
        if (line.arguments().size() != 3 || !line.arguments().get(1).matches("\\d+-\\d+")) {
            throw new IllegalArgumentException("table " + line.alias() + ": expected '" + line.kind()
                + " FILE SKIP FIRST-LAST NAME,...'");
        }
        int skip = Integer.parseInt(line.arguments().get(0));
        String[] range = line.arguments().get(1).split("-");
        int first = Integer.parseInt(range[0]);
        int last = Integer.parseInt(range[1]);
        String[] names = line.arguments().get(2).split(",");
        if (names.length != last - first + 1) {
            throw new IllegalArgumentException("table " + line.alias() + ": " + names.length + " names for the "
                + (last - first + 1) + " columns " + first + " to " + last);
        }
        int[] indices = new int[names.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = first + i;
        }
        DMatrixRMaj data = MatrixCsv.withoutHeader().skipLines(skip).columnIndices(indices).read(file);
        DMatrixRMaj values = correlation ? MatrixCsv.correlation(data) : data;
        List<String> cellClasses = new ArrayList<>();
        for (int c = 0; c < values.numCols; c++) {
            cellClasses.add(KnimeTestingNodes.DOUBLE_CELL);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < values.numRows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < values.numCols; c++) {
                row.add(Double.toString(values.get(r, c)));
            }
            rows.add(row);
        }
        return new KnimeTestingNodes.TextTable(List.of(names), cellClasses, rows);
    }
}
