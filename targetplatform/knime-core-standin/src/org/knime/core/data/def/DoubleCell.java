package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/** Stand-in for the knime-core cell holding a double. */
public final class DoubleCell extends DataCell implements DoubleValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(DoubleCell.class);

    private final double m_double;

    public DoubleCell(final double d) {
        m_double = d;
    }

    @Override
    public double getDoubleValue() {
        return m_double;
    }

    /** Compares bit patterns, so NaN equals NaN, as in KNIME. */
    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Double.doubleToLongBits(((DoubleCell)dc).m_double) == Double.doubleToLongBits(m_double);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(m_double);
    }

    @Override
    public String toString() {
        return Double.toString(m_double);
    }
}
