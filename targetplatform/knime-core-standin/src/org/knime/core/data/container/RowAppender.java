package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/** Stand-in for the knime-core interface of anything rows can be added to. */
public interface RowAppender {

    void addRowToTable(DataRow row);
}
