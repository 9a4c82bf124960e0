package org.distdmf.knime.workflows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of the two KNIME nodes that check a test workflow's outputs, written and read in the form
 * their node models load. Factories and keys come from the knime-core and knime-base sources:
 * <ul>
 * <li>Table Creator, {@code org.knime.base.node.io.tablecreator.TableCreator2NodeFactory} (bundle
 * {@code org.knime.base}): model keys of {@code TableCreator2NodeSettings} ({@code rowIndices},
 * {@code columnIndices}, {@code values} in row-major order, {@code rowIdPrefix}, {@code rowIdSuffix},
 * {@code rowIdStartValue}, {@code highlightOutputTable}, {@code columnProperties}) and per column the keys
 * of {@code org.knime.base.node.io.filereader.ColProperty}.</li>
 * <li>Table Difference Checker, {@code org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory}
 * (bundle {@code org.knime.testing}): one config {@code columnConfig_<column>} per reference column with
 * {@code checkerFactory} and {@code internals}; inputs are the table under test (port 1) and the
 * reference table (port 2). Checker factories are registered by class name, for example
 * {@code org.knime.testing.internal.diffcheckers.EpsilonNumberChecker$Factory} with the internals
 * {@code ignoreColumnProperties} and {@code epsilon} (an absolute tolerance).</li>
 * </ul>
 */
final class KnimeTestingNodes {

    static final String TABLE_CREATOR_FACTORY = "org.knime.base.node.io.tablecreator.TableCreator2NodeFactory";

    static final String DIFFERENCE_CHECKER_FACTORY =
        "org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory";

    static final String EQUALITY_CHECKER = "org.knime.testing.internal.diffcheckers.EqualityChecker$Factory";

    static final String EPSILON_CHECKER = "org.knime.testing.internal.diffcheckers.EpsilonNumberChecker$Factory";

    // NOTE: bundle and feature names are informational (KNIME shows them when an extension is missing)
    // and were written from memory of KNIME 5.5, not checked against an installation.
    static final KnimeWorkflow.Bundle BASE_BUNDLE = new KnimeWorkflow.Bundle("KNIME Base Nodes", "org.knime.base",
        "KNIME AG, Zurich, Switzerland", "5.5.0", "KNIME Core", "org.knime.features.base.feature.group",
        "KNIME AG, Zurich, Switzerland", "5.5.0");

    static final KnimeWorkflow.Bundle TESTING_BUNDLE = new KnimeWorkflow.Bundle("KNIME Testing Framework",
        "org.knime.testing", "KNIME AG, Zurich, Switzerland", "5.5.0", "KNIME Testing Framework",
        "org.knime.features.testing.application.feature.group", "KNIME AG, Zurich, Switzerland", "5.5.0");

    /** Row keys of both the Table Creator and {@code RowKey.createRowKey}: {@code Row0, Row1, ...}. */
    static final String ROW_ID_PREFIX = "Row";

    /** Cell text that the Table Creator turns into a missing cell in the columns that declare it. */
    static final String MISSING = "?";

    /** Data cell classes, by the names a Table Creator column stores. */
    static final String DOUBLE_CELL = "org.knime.core.data.def.DoubleCell";

    static final String INT_CELL = "org.knime.core.data.def.IntCell";

    static final String LONG_CELL = "org.knime.core.data.def.LongCell";

    static final String STRING_CELL = "org.knime.core.data.def.StringCell";

    static final String BOOLEAN_CELL = "org.knime.core.data.def.BooleanCell";

    /** A table of cell texts: column names, cell class names and rows, {@code null} for a missing cell. */
    record TextTable(List<String> columns, List<String> cellClasses, List<List<String>> rows) {
    }

    private KnimeTestingNodes() {
    }

    /** Returns the Table Creator model that produces {@code table}. */
    static ConfigTree tableCreatorModel(final TextTable table) {
        List<Integer> rowIndices = new ArrayList<>();
        List<Integer> columnIndices = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                rowIndices.add(r);
                columnIndices.add(c);
                values.add(row.get(c) == null ? MISSING : row.get(c));
            }
        }

        ConfigTree model = new ConfigTree("model");
        model.addIntArray("rowIndices", rowIndices.stream().mapToInt(Integer::intValue).toArray());
        model.addIntArray("columnIndices", columnIndices.stream().mapToInt(Integer::intValue).toArray());
        model.addStringArray("values", values);
        model.addString("rowIdPrefix", ROW_ID_PREFIX);
        model.addString("rowIdSuffix", "");
        model.addInt("rowIdStartValue", 0);
        model.addBoolean("highlightOutputTable", false);
        ConfigTree properties = model.addConfig("columnProperties");
        for (int c = 0; c < table.columns().size(); c++) {
            ConfigTree column = properties.addConfig(Integer.toString(c));
            column.addBoolean("UserSetValues", true);
            column.addString("MissValuePattern", hasMissing(table, c) ? MISSING : null);
            column.addBoolean("ReadPossValsFromFile", false);
            column.addBoolean("SkipThisColumn", false);
            column.addString("ColumnName", table.columns().get(c));
            // ConfigBase.addDataType: a config holding the cell class of a native type.
            ConfigTree type = column.addConfig("ColumnClass");
            type.addString("cell_class", table.cellClasses().get(c));
            type.addBoolean("is_null", false);
        }
        return model;
    }

    private static boolean hasMissing(final TextTable table, final int column) {
        for (List<String> row : table.rows()) {
            if (row.get(column) == null) {
                if (STRING_CELL.equals(table.cellClasses().get(column))) {
                    checkNoLiteralMissing(table, column);
                }
                return true;
            }
        }
        return false;
    }

    private static void checkNoLiteralMissing(final TextTable table, final int column) {
        for (List<String> row : table.rows()) {
            if (MISSING.equals(row.get(column))) {
                throw new IllegalArgumentException("Column '" + table.columns().get(column) + "' holds both missing "
                    + "cells and the text '" + MISSING + "', which the Table Creator cannot tell apart");
            }
        }
    }

    /**
     * Reads back the table a Table Creator model produces.
     *
     * @throws IllegalArgumentException if the cells are not listed row by row, column by column
     */
    static TextTable readTableCreator(final ConfigTree model) {
        List<String> rowIndices = model.config("rowIndices").arrayValues();
        List<String> columnIndices = model.config("columnIndices").arrayValues();
        List<String> values = model.config("values").arrayValues();
        ConfigTree properties = model.config("columnProperties");
        List<String> columns = new ArrayList<>();
        List<String> cellClasses = new ArrayList<>();
        List<String> missingPatterns = new ArrayList<>();
        for (int c = 0; c < properties.keys().size(); c++) {
            ConfigTree column = properties.config(Integer.toString(c));
            columns.add(column.value("ColumnName"));
            cellClasses.add(column.config("ColumnClass").value("cell_class"));
            missingPatterns.add(column.value("MissValuePattern"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int r = Integer.parseInt(rowIndices.get(i));
            int c = Integer.parseInt(columnIndices.get(i));
            if (r == rows.size() && c == 0) {
                rows.add(new ArrayList<>());
            }
            List<String> row = rows.get(rows.size() - 1);
            if (r != rows.size() - 1 || c != row.size()) {
                throw new IllegalArgumentException("Table Creator cell " + i + " is at row " + r + ", column " + c
                    + "; expected row " + (rows.size() - 1) + ", column " + row.size());
            }
            String value = values.get(i);
            row.add(value.equals(missingPatterns.get(c)) ? null : value);
        }
        return new TextTable(columns, cellClasses, rows);
    }

    /**
     * Returns the Table Difference Checker model: exact equality for every column, except double columns
     * when {@code epsilon > 0}, which then use the epsilon checker with that absolute tolerance.
     */
    static ConfigTree differenceCheckerModel(final TextTable reference, final double epsilon) {
        ConfigTree model = new ConfigTree("model");
        for (int c = 0; c < reference.columns().size(); c++) {
            ConfigTree column = model.addConfig("columnConfig_" + reference.columns().get(c));
            boolean useEpsilon = epsilon > 0 && DOUBLE_CELL.equals(reference.cellClasses().get(c));
            column.addString("checkerFactory", useEpsilon ? EPSILON_CHECKER : EQUALITY_CHECKER);
            ConfigTree internals = column.addConfig("internals");
            internals.addBoolean("ignoreColumnProperties", false);
            if (useEpsilon) {
                internals.addDouble("epsilon", epsilon);
            }
        }
        return model;
    }

    /**
     * Reads the absolute tolerance per column from a Difference Checker model: 0 for equality.
     *
     * @throws IllegalArgumentException if a column uses a checker other than equality or epsilon
     */
    static Map<String, Double> readTolerances(final ConfigTree model) {
        Map<String, Double> tolerances = new LinkedHashMap<>();
        String prefix = "columnConfig_";
        for (String key : model.keys()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            ConfigTree column = model.config(key);
            String checker = column.value("checkerFactory");
            if (EQUALITY_CHECKER.equals(checker)) {
                tolerances.put(key.substring(prefix.length()), 0.0);
            } else if (EPSILON_CHECKER.equals(checker)) {
                tolerances.put(key.substring(prefix.length()),
                    Double.parseDouble(column.config("internals").value("epsilon")));
            } else {
                throw new IllegalArgumentException("Column config '" + key + "' uses the checker " + checker
                    + "; the offline test understands only " + EQUALITY_CHECKER + " and " + EPSILON_CHECKER);
            }
        }
        return tolerances;
    }
}
