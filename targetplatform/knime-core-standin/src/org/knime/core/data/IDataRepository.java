package org.knime.core.data;

/** Stand-in for the knime-core repository of workflow-wide tables and file stores; it holds nothing here. */
public interface IDataRepository {
}
