package org.knime.core.data;

/** Stand-in for the knime-core marker interface of everything a cell can provide. */
public interface DataValue {
}
