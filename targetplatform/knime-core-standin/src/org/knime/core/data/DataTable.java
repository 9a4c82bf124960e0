package org.knime.core.data;

/** Stand-in for the knime-core table interface. */
public interface DataTable extends Iterable<DataRow> {

    DataTableSpec getDataTableSpec();

    @Override
    RowIterator iterator();
}
