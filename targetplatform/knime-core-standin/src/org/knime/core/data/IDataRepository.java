package org.knime.core.data;

/** Stand-in for the knime-core repository of workflow-wide tables and file stores. It is empty here. */
public interface IDataRepository {
}
