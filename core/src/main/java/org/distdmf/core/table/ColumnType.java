package org.distdmf.core.table;

/** Cell type of a {@link ResultTable} column; the KNIME nodes map these to cell types one to one. */
public enum ColumnType {
    DOUBLE,
    INTEGER,
    STRING,
    BOOLEAN
}
