package org.knime.core.data.container;

import org.knime.core.data.RowIterator;

/** Stand-in for the knime-core row iterator that can release its resources before the end. */
public abstract class CloseableRowIterator extends RowIterator implements AutoCloseable {

    @Override
    public abstract void close();
}
