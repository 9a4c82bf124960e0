package org.knime.core.node.util.filter;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for the knime-core include/exclude name filter configuration. Only the nested
 * {@link FilterResult} and {@link EnforceOption} are declared, because plugin code uses the filter
 * only through {@code SettingsModelColumnFilter2}.
 */
public class NameFilterConfiguration {

    /** Policy for names in neither list: included under exclusion, excluded under inclusion. */
    public enum EnforceOption {
        /** Names that are in neither list are excluded. */
        EnforceInclusion,
        /** Names that are in neither list are included. */
        EnforceExclusion;

        /** @throws InvalidSettingsException if {@code name} is not an option name */
        public static EnforceOption parse(final String name) throws InvalidSettingsException {
            try {
                return EnforceOption.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidSettingsException("Can't parse enforce option: " + name, e);
            }
        }
    }

    /** Included and excluded names, in input order, and the listed names the input no longer has. */
    public static class FilterResult {

        private final String[] m_includes;

        private final String[] m_excludes;

        private final String[] m_removedFromIncludes;

        private final String[] m_removedFromExcludes;

        public FilterResult(final List<String> incls, final List<String> excls, final List<String> removedFromIncludes,
            final List<String> removedFromExcludes) {
            m_includes = incls.toArray(new String[0]);
            m_excludes = excls.toArray(new String[0]);
            m_removedFromIncludes = removedFromIncludes.toArray(new String[0]);
            m_removedFromExcludes = removedFromExcludes.toArray(new String[0]);
        }

        /** Returns the names that the include list contains but the input does not. */
        public String[] getRemovedFromIncludes() {
            return m_removedFromIncludes;
        }

        /** Returns the names that the exclude list contains but the input does not. */
        public String[] getRemovedFromExcludes() {
            return m_removedFromExcludes;
        }

        public String[] getIncludes() {
            return m_includes;
        }

        public String[] getExcludes() {
            return m_excludes;
        }
    }
}
