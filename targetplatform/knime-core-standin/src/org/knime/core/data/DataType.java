package org.knime.core.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in for the knime-core column type: one instance per cell class. A type is compatible with a
 * value interface when its cell class implements it; the missing cell is compatible with every column.
 */
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    private static final DataCell MISSING_CELL = new MissingCell();

    private final Class<? extends DataCell> m_cellClass;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
    }

    /** @throws NullPointerException if the class is {@code null} */
    public static DataType getType(final Class<? extends DataCell> cell) {
        if (cell == null) {
            throw new NullPointerException("Class must not be null.");
        }
        return TYPES.computeIfAbsent(cell, DataType::new);
    }

    /** Returns the cell that stands for a missing value in any column. */
    public static DataCell getMissingCell() {
        return MISSING_CELL;
    }

    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    /** Returns whether cells of this type provide the given value interface. */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(m_cellClass);
    }

    /** Returns whether a column of this type accepts cells of {@code type}. */
    public boolean isASuperTypeOf(final DataType type) {
        return m_cellClass.isAssignableFrom(type.m_cellClass);
    }

    public String getName() {
        return m_cellClass.getSimpleName();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataType && ((DataType)obj).m_cellClass.equals(m_cellClass);
    }

    @Override
    public int hashCode() {
        return m_cellClass.hashCode();
    }

    @Override
    public String toString() {
        return getName();
    }

    private static final class MissingCell extends DataCell {

        private static final long serialVersionUID = 1L;

        @Override
        boolean isMissingInternal() {
            return true;
        }

        @Override
        protected boolean equalsDataCell(final DataCell dc) {
            return true;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "?";
        }
    }
}
