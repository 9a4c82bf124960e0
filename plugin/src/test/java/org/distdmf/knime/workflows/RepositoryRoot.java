package org.distdmf.knime.workflows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the repository checkout from the test's working directory (plugin/target/work under Tycho). */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /**
     * Returns the nearest ancestor of the working directory that contains {@code mvnw} and
     * {@code test-workflows}.
     *
     * @throws IllegalStateException if there is none, naming the working directory
     */
    static Path find() {
        Path start = Paths.get("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("test-workflows"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a folder with mvnw and test-workflows) above " + start
            + "; run the tests from the repository with ./mvnw");
    }
}
