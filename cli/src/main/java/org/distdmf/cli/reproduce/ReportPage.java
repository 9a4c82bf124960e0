package org.distdmf.cli.reproduce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes {@code index.html}: every chart of every experiment and its key figures, with links to the CSV tables. */
final class ReportPage {

    private ReportPage() {
    }

    static void write(Path file, String title, List<String> preamble, List<ReportSection> sections) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}\n")
                .append("th{background:#f3f3f3}img{max-width:100%;border:1px solid #eee;margin:.5em 0}\n")
                .append(".diverged{color:#b00020;font-weight:bold}.converged{color:#1b5e20}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        for (String line : preamble) {
            html.append("<p>").append(escape(line)).append("</p>\n");
        }
        html.append("<ul>\n");
        for (ReportSection section : sections) {
            html.append("<li><a href=\"#").append(section.folder).append("\">").append(escape(section.title))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n");

        for (ReportSection section : sections) {
            html.append("<h2 id=\"").append(section.folder).append("\">").append(escape(section.title)).append("</h2>\n");
            for (String paragraph : section.paragraphs) {
                html.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
            if (!section.figures.isEmpty()) {
                html.append("<table>\n");
                for (Map.Entry<String, String> figure : section.figures.entrySet()) {
                    html.append("<tr><th>").append(escape(figure.getKey())).append("</th><td>")
                            .append(styled(figure.getValue())).append("</td></tr>\n");
                }
                html.append("</table>\n");
            }
            if (!section.detailHeader.isEmpty()) {
                html.append("<table>\n<tr>");
                for (String name : section.detailHeader.get(0)) {
                    html.append("<th>").append(escape(name)).append("</th>");
                }
                html.append("</tr>\n");
                for (List<String> row : section.detailRows) {
                    html.append("<tr>");
                    for (String cell : row) {
                        html.append("<td>").append(styled(cell)).append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
            }
            for (String chart : section.charts) {
                String base = section.folder + "/" + chart;
                html.append("<figure><img src=\"").append(base).append(".png\" alt=\"").append(escape(chart))
                        .append("\"><figcaption><a href=\"").append(base).append(".svg\">").append(escape(chart))
                        .append(".svg</a></figcaption></figure>\n");
            }
            for (String image : section.images) {
                html.append("<figure><img src=\"").append(section.folder).append('/').append(image).append("\" alt=\"")
                        .append(escape(image)).append("\" style=\"max-width:420px\"><figcaption>").append(escape(image))
                        .append("</figcaption></figure>\n");
            }
            if (!section.tables.isEmpty()) {
                html.append("<p>Tables:");
                for (String table : section.tables) {
                    html.append(" <a href=\"").append(section.folder).append('/').append(table).append("\">")
                            .append(escape(table)).append("</a>");
                }
                html.append("</p>\n");
            }
        }
        html.append("</body>\n</html>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }

    private static String styled(String value) {
        String escaped = escape(value);
        if (value.startsWith("diverged")) {
            return "<span class=\"diverged\">" + escaped + "</span>";
        }
        if (value.startsWith("converged") || value.startsWith("finished")) {
            return "<span class=\"converged\">" + escaped + "</span>";
        }
        return escaped;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
