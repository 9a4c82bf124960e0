package org.distdmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmf reproduce --quick} writes the report page and charts for every experiment (takes about 20 s). */
class ReproduceQuickTest {

    @Test
    void quickReproduceWritesReport(@TempDir Path out) throws IOException {
        Dmf.Result result = Dmf.run("reproduce", "--quick", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "index.html");
        for (String experiment : List.of("experiment1", "experiment2", "experiment3", "experiment4")) {
            Path folder = out.resolve(experiment);
            assertTrue(Files.isDirectory(folder), experiment);
            try (Stream<Path> files = Files.list(folder)) {
                long pngs = files.filter(file -> file.getFileName().toString().endsWith(".png")).count();
                assertTrue(pngs >= 1, experiment + " has " + pngs + " PNG files");
            }
        }
    }
}
