package org.knime.core.data;

/** Stand-in for the knime-core value interface of a cell holding an int. */
public interface IntValue extends DataValue {

    int getIntValue();
}
