package org.distdmf.knime.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads {@code .knwf} files: a zip archive whose single top-level folder, named after the
 * workflow, contains the workflow folder, which is the layout KNIME's export wizard produces and its import
 * wizard expects. Entries are sorted and carry a fixed time, so regenerating an unchanged workflow gives
 * the same bytes.
 */
final class KnwfArchive {

    /** 2024-01-01T00:00:00Z in milliseconds, the time stamp of every entry. */
    private static final long ENTRY_TIME = 1_704_067_200_000L;

    private KnwfArchive() {
    }

    static void write(final Path workflowFolder, final Path archive) throws IOException {
        String top = workflowFolder.getFileName().toString();
        Files.createDirectories(archive.getParent());
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entryNames(workflowFolder)) {
                ZipEntry entry = new ZipEntry(top + "/" + name);
                entry.setTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                if (!name.endsWith("/")) {
                    Files.copy(workflowFolder.resolve(name), zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** Returns folder entries (ending in '/') and files below {@code folder}, relative and sorted. */
    private static List<String> entryNames(final Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted().toList()) {
                if (path.equals(folder)) {
                    continue;
                }
                String relative = folder.relativize(path).toString().replace('\\', '/');
                names.add(Files.isDirectory(path) ? relative + "/" : relative);
            }
        }
        return names;
    }

    /** Returns the archive's files by entry name, folders left out. */
    static Map<String, byte[]> read(final Path archive) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return files;
    }

    /** Returns the files of a workflow folder keyed as they appear in its archive. */
    static Map<String, byte[]> expectedEntries(final Path workflowFolder) throws IOException {
        String top = workflowFolder.getFileName().toString();
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : entryNames(workflowFolder)) {
            if (!name.endsWith("/")) {
                files.put(top + "/" + name, Files.readAllBytes(workflowFolder.resolve(name)));
            }
        }
        return files;
    }
}
