package org.knime.core.node.defaultnodesettings;

/** Stand-in for the knime-core base class of integer and double settings models. */
public abstract class SettingsModelNumber extends SettingsModel {

    abstract String getNumberValueStr();

    abstract void setNumberValueStr(final String newValueStr);
}
