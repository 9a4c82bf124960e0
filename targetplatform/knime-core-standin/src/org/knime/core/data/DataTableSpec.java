package org.knime.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for the knime-core table description: an immutable list of uniquely named columns. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private static final String DEFAULT_NAME = "default";

    private final String m_name;

    private final DataColumnSpec[] m_columnSpecs;

    private final Map<String, Integer> m_indexByName = new HashMap<>();

    public DataTableSpec() {
        this(DEFAULT_NAME);
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this(DEFAULT_NAME, colSpecs);
    }

    public DataTableSpec(final String name) {
        this(name, new DataColumnSpec[0]);
    }

    /**
     * @throws NullPointerException if a column spec is {@code null}
     * @throws IllegalArgumentException if two columns have the same name
     */
    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        m_name = name == null ? DEFAULT_NAME : name;
        m_columnSpecs = colSpecs.clone();
        for (int i = 0; i < m_columnSpecs.length; i++) {
            String columnName = m_columnSpecs[i].getName();
            Integer previous = m_indexByName.put(columnName, i);
            if (previous != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + columnName + "\" at positions "
                    + previous + " and " + i + ".");
            }
        }
    }

    public String getName() {
        return m_name;
    }

    public int getNumColumns() {
        return m_columnSpecs.length;
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return m_columnSpecs[index];
    }

    /** Returns the named column, or {@code null} if there is none. */
    public DataColumnSpec getColumnSpec(final String column) {
        Integer index = m_indexByName.get(column);
        return index == null ? null : m_columnSpecs[index];
    }

    /** Returns the index of the named column, or -1 if there is none. */
    public int findColumnIndex(final String columnName) {
        Integer index = m_indexByName.get(columnName);
        return index == null ? -1 : index;
    }

    public boolean containsName(final String columnName) {
        return m_indexByName.containsKey(columnName);
    }

    public String[] getColumnNames() {
        return Arrays.stream(m_columnSpecs).map(DataColumnSpec::getName).toArray(String[]::new);
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return Arrays.asList(m_columnSpecs).iterator();
    }

    /** Two specs are equal when they have the same name and equal columns in the same order. */
    @Override
    public boolean equals(final Object obj) {
        if (!(obj instanceof DataTableSpec)) {
            return false;
        }
        DataTableSpec other = (DataTableSpec)obj;
        return m_name.equals(other.m_name) && Arrays.equals(m_columnSpecs, other.m_columnSpecs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_columnSpecs);
    }

    @Override
    public String toString() {
        return "name=" + m_name + ",columns=" + Arrays.toString(getColumnNames());
    }
}
