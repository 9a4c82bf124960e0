package org.distdmf.core.table;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An immutable, typed table of results: the one shape in which the engine hands figures to the
 * command line (as CSV) and to the KNIME nodes (as data tables).
 *
 * <p>Cells are {@link Double}, {@link Integer}, {@link String} or {@link Boolean} according to the
 * column type; {@code null} is a missing value (for example a sharpness that was not tracked at that
 * iteration). Doubles are written to CSV with {@link Double#toString(double)}, so a round trip is
 * exact.
 */
public final class ResultTable {

    private final String name;
    private final List<String> columnNames;
    private final List<ColumnType> columnTypes;
    private final List<Object[]> rows;

    private ResultTable(String name, List<String> columnNames, List<ColumnType> columnTypes, List<Object[]> rows) {
        this.name = name;
        this.columnNames = columnNames;
        this.columnTypes = columnTypes;
        this.rows = rows;
    }

    /** Starts a table with the given name, used in log lines and as the default file name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public int columnCount() {
        return columnNames.size();
    }

    public int rowCount() {
        return rows.size();
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public List<ColumnType> columnTypes() {
        return columnTypes;
    }

    public String columnName(int column) {
        return columnNames.get(column);
    }

    public ColumnType columnType(int column) {
        return columnTypes.get(column);
    }

    /** Returns the index of the named column, or -1 when the table has no such column. */
    public int columnIndex(String columnName) {
        return columnNames.indexOf(columnName);
    }

    /** Returns the cell, or {@code null} for a missing value. */
    public Object cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** Returns a double cell (integers widen), or NaN for a missing value. */
    public double doubleCell(int row, int column) {
        Object value = cell(row, column);
        if (value == null) {
            return Double.NaN;
        }
        return ((Number) value).doubleValue();
    }

    /** Returns a copy of one row's cells. */
    public Object[] row(int row) {
        return rows.get(row).clone();
    }

    /** Returns the values of one numeric column, with NaN for missing values. */
    public double[] doubleColumn(String columnName) {
        int column = requireColumn(columnName);
        double[] values = new double[rows.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = doubleCell(r, column);
        }
        return values;
    }

    /** Returns the index of the named column or throws naming the columns that exist. */
    public int requireColumn(String columnName) {
        int column = columnIndex(columnName);
        if (column < 0) {
            throw new IllegalArgumentException("Table '" + name + "' has no column '" + columnName
                    + "'; its columns are " + columnNames);
        }
        return column;
    }

    /** Writes the table as RFC 4180 CSV with a header line; missing values are empty cells. */
    public void writeCsv(Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(columnNames);
            for (Object[] row : rows) {
                List<String> cells = new ArrayList<>(row.length);
                for (Object value : row) {
                    cells.add(value == null ? "" : value.toString());
                }
                printer.printRecord(cells);
            }
        }
    }

    /** Writes the table to a CSV file, creating parent folders. */
    public void writeCsv(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(out);
        }
    }

    /**
     * Reads a CSV file written by {@link #writeCsv(Writer)} back, given the expected column types by
     * name. Columns not named in {@code types} are read as strings.
     *
     * @throws IllegalArgumentException naming the file, row and column of a cell that does not parse
     */
    public static ResultTable readCsv(Path file, Map<String, ColumnType> types) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(file.toString(), in, types);
        }
    }

    /** Reads CSV from a reader; {@code source} names it in error messages. */
    public static ResultTable readCsv(String source, Reader in, Map<String, ColumnType> types) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            Builder builder = builder(fileStem(source));
            for (String column : header) {
                builder.column(column, types.getOrDefault(column, ColumnType.STRING));
            }
            for (CSVRecord record : parser) {
                Object[] row = new Object[header.size()];
                for (int c = 0; c < header.size(); c++) {
                    String text = c < record.size() ? record.get(c) : "";
                    row[c] = parseCell(source, record.getRecordNumber() + 1, header.get(c), builder.types.get(c), text);
                }
                builder.row(row);
            }
            return builder.build();
        }
    }

    private static Object parseCell(String source, long line, String column, ColumnType type, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            switch (type) {
                case DOUBLE:
                    return Double.valueOf(text);
                case INTEGER:
                    return Integer.valueOf(text);
                case BOOLEAN:
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        throw new NumberFormatException();
                    }
                    return Boolean.valueOf(text);
                default:
                    return text;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ", line " + line + ", column '" + column
                    + "': expected " + type.name().toLowerCase() + " but found '" + text + "'", e);
        }
    }

    private static String fileStem(String source) {
        String fileName = Path.of(source).getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public String toString() {
        return "ResultTable[" + name + ", " + rows.size() + " rows, columns " + columnNames + "]";
    }

    /** Collects columns first, then rows; each row is checked against the column types. */
    public static final class Builder {
        private final String name;
        private final List<String> names = new ArrayList<>();
        private final List<ColumnType> types = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder column(String columnName, ColumnType type) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("Add all columns of table '" + name + "' before its rows");
            }
            if (names.contains(columnName)) {
                throw new IllegalArgumentException("Table '" + name + "' already has a column '" + columnName + "'");
            }
            names.add(Objects.requireNonNull(columnName, "columnName"));
            types.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        /** Adds a row; cells must match the column types, {@code null} marks a missing value. */
        public Builder row(Object... cells) {
            if (cells.length != names.size()) {
                throw new IllegalArgumentException("Table '" + name + "' has " + names.size()
                        + " columns but a row has " + cells.length + " cells");
            }
            for (int c = 0; c < cells.length; c++) {
                checkCell(c, cells[c]);
            }
            rows.add(cells.clone());
            return this;
        }

        private void checkCell(int column, Object value) {
            if (value == null) {
                return;
            }
            boolean matches;
            switch (types.get(column)) {
                case DOUBLE:
                    matches = value instanceof Double;
                    break;
                case INTEGER:
                    matches = value instanceof Integer;
                    break;
                case BOOLEAN:
                    matches = value instanceof Boolean;
                    break;
                default:
                    matches = value instanceof String;
                    break;
            }
            if (!matches) {
                throw new IllegalArgumentException("Table '" + name + "', column '" + names.get(column) + "' is "
                        + types.get(column) + " but got " + value.getClass().getSimpleName() + " " + value);
            }
        }

        public ResultTable build() {
            return new ResultTable(name, Collections.unmodifiableList(new ArrayList<>(names)),
                    Collections.unmodifiableList(new ArrayList<>(types)), Collections.unmodifiableList(new ArrayList<>(rows)));
        }
    }

    /** Returns the column types of this table by name, in column order, for {@link #readCsv}. */
    public Map<String, ColumnType> typesByName() {
        Map<String, ColumnType> byName = new LinkedHashMap<>();
        for (int c = 0; c < columnNames.size(); c++) {
            byName.put(columnNames.get(c), columnTypes.get(c));
        }
        return byName;
    }
}
