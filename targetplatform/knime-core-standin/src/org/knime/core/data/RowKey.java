package org.knime.core.data;

/** Stand-in for the knime-core row identifier. */
public final class RowKey {

    private final String m_id;

    /** @throws NullPointerException if the id is {@code null} */
    public RowKey(final String id) {
        if (id == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_id = id;
    }

    public String getString() {
        return m_id;
    }

    /** Returns the default key {@code "Row" + rowIndex} that KNIME gives generated rows. */
    public static RowKey createRowKey(final int rowIndex) {
        return new RowKey("Row" + rowIndex);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey && ((RowKey)obj).m_id.equals(m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }

    @Override
    public String toString() {
        return m_id;
    }
}
