package org.knime.core.data;

/** Stand-in for the knime-core value interface of a cell holding a long. */
public interface LongValue extends DataValue {

    long getLongValue();
}
