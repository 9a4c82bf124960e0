package org.knime.core.data;

/** Stand-in for the knime-core value interface of a cell holding a string. */
public interface StringValue extends DataValue {

    String getStringValue();
}
