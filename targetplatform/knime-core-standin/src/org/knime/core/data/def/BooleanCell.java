package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;

/**
 * Stand-in for the knime-core boolean cell. There are two instances, {@link #TRUE} and {@link #FALSE};
 * {@link BooleanCellFactory#create(boolean)} picks one. Like the real cell it is also a 0/1 number.
 */
public final class BooleanCell extends DataCell implements BooleanValue, IntValue, LongValue, DoubleValue {

    private static final long serialVersionUID = 1L;

    public static final BooleanCell TRUE = new BooleanCell(true);

    public static final BooleanCell FALSE = new BooleanCell(false);

    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    private final boolean m_boolean;

    BooleanCell(final boolean b) {
        m_boolean = b;
    }

    @Override
    public boolean getBooleanValue() {
        return m_boolean;
    }

    @Override
    public int getIntValue() {
        return m_boolean ? 1 : 0;
    }

    @Override
    public long getLongValue() {
        return getIntValue();
    }

    @Override
    public double getDoubleValue() {
        return m_boolean ? 1.0 : 0.0;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((BooleanCell)dc).m_boolean == m_boolean;
    }

    @Override
    public int hashCode() {
        return getIntValue();
    }

    @Override
    public String toString() {
        return Boolean.toString(m_boolean);
    }

    /** Stand-in for the knime-core factory of boolean cells. */
    public static final class BooleanCellFactory {

        public static final DataType TYPE = BooleanCell.TYPE;

        private BooleanCellFactory() {
        }

        public static DataCell create(final boolean b) {
            return b ? TRUE : FALSE;
        }

        /** Parses with {@link Boolean#parseBoolean(String)}. */
        public static DataCell create(final String s) {
            return Boolean.parseBoolean(s) ? TRUE : FALSE;
        }
    }
}
