package org.distdmf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.MixingNetwork;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;

/**
 * Reads the files the step commands pass to each other. Every error names the option and the file,
 * so that a script that chains the steps shows which input is wrong.
 */
final class Inputs {

    private Inputs() {
    }

    /** Returns {@code file} when it is a readable regular file. */
    static Path existingFile(String option, Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(option + ": file not found: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + ": " + file + " is not a file");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(option + ": permission denied: " + file);
        }
        return file;
    }

    /** Returns the column names in the header line of a CSV file. */
    static List<String> header(String option, Path file) throws IOException {
        existingFile(option, file);
        String first;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = in.readLine();
            while (first != null && first.isBlank()) {
                first = in.readLine();
            }
        }
        if (first == null) {
            throw new IllegalArgumentException(option + ": " + file + " is empty; expected a CSV file with a header line");
        }
        try {
            return ResultTable.readCsv(file.toString(), new StringReader(first), Map.of()).columnNames();
        } catch (IllegalArgumentException e) {
            throw Checks.about(option, file, e);
        }
    }

    /**
     * Reads a CSV table with a header line. The named columns must exist and get the given types;
     * other columns get {@code otherColumns}.
     */
    static ResultTable table(String option, Path file, Map<String, ColumnType> required, ColumnType otherColumns)
            throws IOException {
        List<String> columns = header(option, file);
        for (String column : required.keySet()) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(option + " " + file + ": no column '" + column + "'; its columns are "
                        + columns + " but it needs " + required.keySet());
            }
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (String column : columns) {
            types.put(column, required.getOrDefault(column, otherColumns));
        }
        try {
            return ResultTable.readCsv(file, types);
        } catch (IllegalArgumentException e) {
            throw Checks.about(option, file, e);
        }
    }

    /** Reads a problem written by {@code dmf generate}: the long table {@code kind,agent,layer,row,column,value}. */
    static DmfProblem problem(String option, Path file) throws IOException {
        ResultTable table = table(option, file, ProblemTables.columnTypes(), ColumnType.STRING);
        try {
            return ProblemTables.fromLongTable(table);
        } catch (IllegalArgumentException e) {
            throw Checks.about(option, file, e);
        }
    }

    /**
     * Reads a graph and its mixing matrix written by {@code dmf graph}: the edge table
     * {@code source,target,weight} with the diagonal entries as rows {@code (i, i, V_ii)}. A negative
     * diagonal, which the best-constant rule gives high-degree agents, is accepted.
     */
    static MixingNetwork network(String option, Path file) throws IOException {
        List<String> columns = header(option, file);
        if (columns.contains("source") && columns.contains("target") && !columns.contains("weight")) {
            throw new IllegalArgumentException(option + " " + file + " is an edge list without weights; turn it into an "
                    + "edge table with mixing weights first: dmf graph --edges " + file + " --out edges.csv");
        }
        ResultTable table = table(option, file, EdgeTables.columnTypes(), ColumnType.STRING);
        try {
            return EdgeTables.fromTable(table, EdgeTables.DEFAULT_TOLERANCE, true);
        } catch (IllegalArgumentException e) {
            throw Checks.about(option, file, e);
        }
    }

    /** Rejects a graph whose agent count differs from the problem's, naming both counts. */
    static void requireSameAgents(DmfProblem problem, Path problemFile, MixingNetwork network, Path edgesFile) {
        int problemAgents = problem.agentCount();
        int graphAgents = network.graph().agentCount();
        if (problemAgents != graphAgents) {
            throw new IllegalArgumentException("agent counts differ: --problem " + problemFile + " has " + problemAgents
                    + " agents but --edges " + edgesFile + " has " + graphAgents + " agents"
                    + "; build both with the same --agents");
        }
    }
}
