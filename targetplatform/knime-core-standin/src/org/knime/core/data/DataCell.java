package org.knime.core.data;

import java.io.Serializable;

/**
 * Stand-in for the knime-core cell base class. Cells are immutable; two cells are equal when both
 * are missing, or when they have the same class and {@link #equalsDataCell(DataCell)} holds.
 */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    /** Returns the type of this cell's class, see {@link DataType#getType(Class)}. */
    public final DataType getType() {
        return DataType.getType(getClass());
    }

    /** Returns whether this is the missing value, see {@link DataType#getMissingCell()}. */
    public final boolean isMissing() {
        return isMissingInternal();
    }

    boolean isMissingInternal() {
        return false;
    }

    @Override
    public final boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof DataCell)) {
            return false;
        }
        DataCell other = (DataCell)obj;
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        return getClass() == other.getClass() && equalsDataCell(other);
    }

    /** Compares with a non-missing cell of the same class. */
    protected abstract boolean equalsDataCell(final DataCell dc);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
