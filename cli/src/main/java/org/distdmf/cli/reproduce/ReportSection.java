package org.distdmf.cli.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One experiment's part of the report page: a description, key figures, charts and tables. */
final class ReportSection {

    final String title;
    final String folder;
    final List<String> paragraphs = new ArrayList<>();
    final Map<String, String> figures = new LinkedHashMap<>();
    final List<String> charts = new ArrayList<>();
    final List<String> tables = new ArrayList<>();
    final List<String> images = new ArrayList<>();
    final List<List<String>> detailHeader = new ArrayList<>();
    final List<List<String>> detailRows = new ArrayList<>();

    ReportSection(String title, String folder) {
        this.title = title;
        this.folder = folder;
    }

    ReportSection paragraph(String text) {
        paragraphs.add(text);
        return this;
    }

    ReportSection figure(String name, String value) {
        figures.put(name, value);
        return this;
    }

    /** Adds a chart by its file stem inside the section's folder; the page shows the PNG and links the SVG. */
    ReportSection chart(String stem) {
        charts.add(stem);
        return this;
    }

    /** Adds a PNG picture that has no SVG form, by file name inside the section's folder. */
    ReportSection image(String fileName) {
        images.add(fileName);
        return this;
    }

    /** Adds a CSV file name inside the section's folder. */
    ReportSection table(String fileName) {
        tables.add(fileName);
        return this;
    }

    /** Sets the columns of the section's detail table (for example one row per run). */
    ReportSection detailColumns(String... names) {
        detailHeader.clear();
        detailHeader.add(List.of(names));
        return this;
    }

    ReportSection detailRow(String... cells) {
        detailRows.add(List.of(cells));
        return this;
    }
}
