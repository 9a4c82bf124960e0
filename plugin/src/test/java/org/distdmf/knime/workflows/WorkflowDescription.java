package org.distdmf.knime.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable source of one test workflow, parsed from a text file in {@code test-workflows/descriptions}.
 * The file name without {@code .txt} becomes the workflow's folder name. Lines:
 *
 * <pre>
 * # comment
 * example                                   (also export the workflow to examples/NAME.knwf)
 * variable NAME INTEGER|DOUBLE|STRING VALUE (a workflow variable with its default value)
 * table ALIAS csv FILE COLUMN:TYPE ...      (a Table Creator holding columns of a CSV file with a header;
 *                                            TYPE is int, double or string; FILE is relative to test-workflows)
 * table ALIAS matrix FILE SKIP FIRST-LAST NAME,...      (a Table Creator holding columns FIRST..LAST, as
 *                                            doubles, of a CSV file without header, after SKIP lines)
 * table ALIAS correlation FILE SKIP FIRST-LAST NAME,... (a Table Creator holding the Pearson correlation
 *                                            matrix of columns FIRST..LAST of a CSV file without header,
 *                                            after SKIP lines; the names label the columns)
 * node ALIAS FACTORY_CLASS                  (a node of this extension)
 *     KEY = VALUE                           (overrides a model setting; KEY may be a/b for nested configs)
 *     KEY &lt;- NAME                           (the setting takes the workflow variable NAME)
 * connect ALIAS.PORT -&gt; ALIAS.PORT          (node model port indices, starting at 0)
 * check ALIAS.PORT [epsilon TOLERANCE]      (compare that output table with the stored expected table)
 * </pre>
 *
 * Settings not named keep the node's defaults, which the generator takes from the node model itself.
 */
record WorkflowDescription(String name, boolean example, List<VariableLine> variables, List<TableLine> tables,
    List<NodeLine> nodes, List<PortLink> connections, List<Check> checks) {

    record VariableLine(String name, String type, String value) {
    }

    /** A data table for the workflow's input: its kind ({@code csv} or {@code correlation}) and arguments. */
    record TableLine(String alias, String kind, String file, List<String> arguments) {
    }

    /** A node with its setting overrides (key to text value) and variable bindings (key to variable). */
    record NodeLine(String alias, String factory, Map<String, String> overrides, Map<String, String> bindings) {
    }

    /** A node output or input, by alias and model port index. */
    record Port(String alias, int index) {

        @Override
        public String toString() {
            return alias + "." + index;
        }
    }

    record PortLink(Port source, Port dest) {
    }

    /** An output to compare; {@code epsilon} 0 means exact equality. */
    record Check(Port output, double epsilon) {
    }

    private static final Pattern PORT = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\.(\\d+)");

    NodeLine node(final String alias) {
        for (NodeLine node : nodes) {
            if (node.alias().equals(alias)) {
                return node;
            }
        }
        throw new IllegalArgumentException("Workflow '" + name + "' has no node '" + alias + "'");
    }

    boolean isTable(final String alias) {
        return tables.stream().anyMatch(table -> table.alias().equals(alias));
    }

    VariableLine variable(final String variableName) {
        for (VariableLine variable : variables) {
            if (variable.name().equals(variableName)) {
                return variable;
            }
        }
        throw new IllegalArgumentException("Workflow '" + name + "' declares no variable '" + variableName
            + "'; add a line 'variable " + variableName + " TYPE VALUE'");
    }

    /**
     * Parses a description file.
     *
     * @throws IllegalArgumentException naming the file and line number of the first invalid line
     */
    static WorkflowDescription parse(final Path file) throws IOException {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".txt")) {
            throw new IllegalArgumentException(file + ": description files end in .txt");
        }
        String name = fileName.substring(0, fileName.length() - ".txt".length());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean example = false;
        List<VariableLine> variables = new ArrayList<>();
        List<TableLine> tables = new ArrayList<>();
        List<NodeLine> nodes = new ArrayList<>();
        List<PortLink> connections = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        NodeLine current = null;

        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + " line " + (i + 1);
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (indented) {
                if (current == null) {
                    throw new IllegalArgumentException(where + ": an indented setting must follow a node line");
                }
                parseSetting(where, line, current);
                continue;
            }

            current = null;
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "example":
                    example = true;
                    break;
                case "variable":
                    expectWords(where, words, 4, "variable NAME INTEGER|DOUBLE|STRING VALUE");
                    KnimeWorkflow.variableEntryType(words[2]);
                    variables.add(new VariableLine(words[1], words[2], line.split("\\s+", 4)[3]));
                    break;
                case "table":
                    if (words.length < 5 || !List.of("csv", "matrix", "correlation").contains(words[2])) {
                        throw new IllegalArgumentException(where + ": expected 'table ALIAS csv FILE COLUMN:TYPE ...' "
                            + "or 'table ALIAS matrix|correlation FILE SKIP FIRST-LAST NAME,...'");
                    }
                    tables.add(new TableLine(words[1], words[2], words[3], List.of(words).subList(4, words.length)));
                    break;
                case "node":
                    expectWords(where, words, 3, "node ALIAS FACTORY_CLASS");
                    current = new NodeLine(words[1], words[2], new LinkedHashMap<>(), new LinkedHashMap<>());
                    for (NodeLine node : nodes) {
                        if (node.alias().equals(words[1])) {
                            throw new IllegalArgumentException(where + ": node alias '" + words[1] + "' is used twice");
                        }
                    }
                    nodes.add(current);
                    break;
                case "connect":
                    expectWords(where, words, 4, "connect ALIAS.PORT -> ALIAS.PORT");
                    if (!"->".equals(words[2])) {
                        throw new IllegalArgumentException(where + ": expected '->' between the ports, found '"
                            + words[2] + "'");
                    }
                    connections.add(new PortLink(port(where, words[1]), port(where, words[3])));
                    break;
                case "check":
                    if (words.length != 2 && !(words.length == 4 && "epsilon".equals(words[2]))) {
                        throw new IllegalArgumentException(where + ": expected 'check ALIAS.PORT [epsilon TOLERANCE]'");
                    }
                    double epsilon = words.length == 4 ? Double.parseDouble(words[3]) : 0.0;
                    checks.add(new Check(port(where, words[1]), epsilon));
                    break;
                default:
                    throw new IllegalArgumentException(where + ": unknown line '" + line
                        + "'; lines start with example, variable, node, connect or check");
            }
        }
        WorkflowDescription description =
            new WorkflowDescription(name, example, variables, tables, nodes, connections, checks);
        description.checkReferences(file);
        return description;
    }

    private static void parseSetting(final String where, final String line, final NodeLine node) {
        int binding = line.indexOf("<-");
        int assignment = line.indexOf('=');
        if (binding > 0) {
            node.bindings().put(line.substring(0, binding).strip(), line.substring(binding + 2).strip());
        } else if (assignment > 0) {
            node.overrides().put(line.substring(0, assignment).strip(), line.substring(assignment + 1).strip());
        } else {
            throw new IllegalArgumentException(where + ": expected 'KEY = VALUE' or 'KEY <- VARIABLE', found '"
                + line + "'");
        }
    }

    private static void expectWords(final String where, final String[] words, final int count, final String form) {
        if (words.length < count || (words.length > count && !"variable".equals(words[0]))) {
            throw new IllegalArgumentException(where + ": expected '" + form + "'");
        }
    }

    private static Port port(final String where, final String text) {
        Matcher matcher = PORT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not a port; write ALIAS.INDEX, e.g. graph.0");
        }
        return new Port(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    private void checkReferences(final Path file) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException(file + ": a workflow needs at least one node line");
        }
        if (checks.isEmpty()) {
            throw new IllegalArgumentException(file + ": a test workflow needs at least one check line");
        }
        java.util.Set<String> aliases = new java.util.HashSet<>();
        for (String alias : java.util.stream.Stream.concat(tables.stream().map(TableLine::alias),
            nodes.stream().map(NodeLine::alias)).toList()) {
            if (!aliases.add(alias)) {
                throw new IllegalArgumentException(file + ": the alias '" + alias + "' is used twice");
            }
        }
        for (PortLink link : connections) {
            if (!isTable(link.source().alias())) {
                node(link.source().alias());
            }
            node(link.dest().alias());
        }
        for (Check check : checks) {
            node(check.output().alias());
        }
        for (NodeLine node : nodes) {
            for (String variableName : node.bindings().values()) {
                variable(variableName);
            }
        }
    }
}
