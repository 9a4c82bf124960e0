package org.knime.core.data;

/** Stand-in for the knime-core value interface of a cell holding a double. */
public interface DoubleValue extends DataValue {

    double getDoubleValue();
}
