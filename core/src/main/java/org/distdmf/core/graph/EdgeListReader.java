package org.distdmf.core.graph;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a communication graph from an edge-list CSV file with a header line, one undirected edge
 * per line.
 *
 * <p>By default the agent ids are in the columns {@code source} and {@code target}. Other columns,
 * such as a {@code weight}, are ignored, because only the topology is read. Duplicate edges, in
 * either direction, count once. The agent count is either given or inferred as the largest id
 * plus one, so an agent with the largest id must appear in some edge unless the count is given.
 *
 * <p>Instances are immutable; the {@code with...} methods return configured copies.
 */
public final class EdgeListReader {

    private final String sourceColumn;
    private final String targetColumn;
    private final int agentCount;

    private EdgeListReader(String sourceColumn, String targetColumn, int agentCount) {
        this.sourceColumn = sourceColumn;
        this.targetColumn = targetColumn;
        this.agentCount = agentCount;
    }

    /** Returns a reader for the columns {@code source} and {@code target} that infers the agent count. */
    public static EdgeListReader defaults() {
        return new EdgeListReader("source", "target", 0);
    }

    /** Returns a copy that reads the agent ids from the named columns. */
    public EdgeListReader withColumns(String sourceColumn, String targetColumn) {
        Objects.requireNonNull(sourceColumn, "sourceColumn");
        Objects.requireNonNull(targetColumn, "targetColumn");
        if (sourceColumn.equals(targetColumn)) {
            throw new IllegalArgumentException("Invalid edge list columns: source and target are both '" + sourceColumn
                    + "'; name two different columns");
        }
        return new EdgeListReader(sourceColumn, targetColumn, agentCount);
    }

    /**
     * Returns a copy with a fixed agent count, so that agents without edges can exist.
     *
     * @throws IllegalArgumentException if {@code agentCount < 2}
     */
    public EdgeListReader withAgentCount(int agentCount) {
        if (agentCount < 2) {
            throw new IllegalArgumentException("Invalid agents = " + agentCount
                    + ": a communication graph needs at least 2 agents");
        }
        return new EdgeListReader(sourceColumn, targetColumn, agentCount);
    }

    /** Returns a copy that infers the agent count as the largest id plus one (the default). */
    public EdgeListReader withInferredAgentCount() {
        return new EdgeListReader(sourceColumn, targetColumn, 0);
    }

    /**
     * Reads the graph from a UTF-8 file.
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws IllegalArgumentException naming the file and line of a missing column (with the
     *     columns that exist), an empty or non-integer cell, a negative id, a self loop or an id
     *     not below the given agent count
     */
    public CommunicationGraph read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "edge list file not found; check the path");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads the graph from {@code in}; {@code source} names the input in error messages. */
    public CommunicationGraph read(Reader in, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<int[]> edges = new ArrayList<>();
        int largestId = -1;
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            int sourceIndex = requireColumn(header, sourceColumn, source);
            int targetIndex = requireColumn(header, targetColumn, source);
            for (CSVRecord record : parser) {
                // Read right after the record, this is the record's line in the file.
                long line = parser.getCurrentLineNumber();
                int from = parseId(record, sourceIndex, sourceColumn, source, line);
                int to = parseId(record, targetIndex, targetColumn, source, line);
                if (from == to) {
                    throw new IllegalArgumentException("Invalid edge in " + source + ", line " + line + ": (" + from
                            + ", " + to + ") is a self loop; remove the line, because every agent always keeps its own state");
                }
                edges.add(new int[] {from, to});
                largestId = Math.max(largestId, Math.max(from, to));
            }
        }
        int agents = agentCount;
        if (agents == 0) {
            if (edges.isEmpty()) {
                throw new IllegalArgumentException("Edge list " + source + " has no edges, so the agent count cannot be "
                        + "inferred; give the agent count");
            }
            agents = largestId + 1;
        }
        return CommunicationGraph.fromEdges(agents, edges);
    }

    private static int requireColumn(List<String> header, String column, String source) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("Edge list " + source + " has no column '" + column
                    + "'; its columns are " + header + "; rename the columns or choose the source and target columns");
        }
        return index;
    }

    private int parseId(CSVRecord record, int column, String columnName, String source, long line) {
        String cell = column < record.size() ? record.get(column) : "";
        String where = source + ", line " + line + ", column '" + columnName + "'";
        if (cell.isEmpty()) {
            throw new IllegalArgumentException("Missing agent id in " + where + "; every edge needs two ids");
        }
        int id;
        try {
            id = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid agent id in " + where + ": expected an integer but found '"
                    + cell + "'", e);
        }
        if (id < 0) {
            throw new IllegalArgumentException("Invalid agent id " + id + " in " + where
                    + ": ids must be >= 0 because agents are numbered from 0");
        }
        if (agentCount > 0 && id >= agentCount) {
            throw new IllegalArgumentException("Invalid agent id " + id + " in " + where + ": the graph has "
                    + agentCount + " agents, numbered 0.." + (agentCount - 1));
        }
        return id;
    }
}
