package org.knime.core.data;

/** Stand-in for the knime-core row: a key and a fixed number of cells. */
public interface DataRow extends Iterable<DataCell> {

    int getNumCells();

    RowKey getKey();

    DataCell getCell(final int index);
}
