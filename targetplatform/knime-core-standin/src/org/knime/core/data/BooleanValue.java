package org.knime.core.data;

/** Stand-in for the knime-core value interface of a cell holding a boolean. */
public interface BooleanValue extends DataValue {

    boolean getBooleanValue();
}
