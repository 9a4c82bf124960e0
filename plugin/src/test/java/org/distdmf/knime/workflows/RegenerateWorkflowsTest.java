package org.distdmf.knime.workflows;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * Regenerates {@code test-workflows/} and {@code examples/*.knwf} from the descriptions when the
 * environment variable {@value #SWITCH} is {@code true}; skipped otherwise, so a normal build never
 * rewrites committed files. The generator runs as a test because it needs the nodes and org.knime.core
 * inside the same OSGi runtime as the offline check.
 */
class RegenerateWorkflowsTest {

    static final String SWITCH = "DISTDMF_REGENERATE_WORKFLOWS";

    private static final Logger LOGGER = Logger.getLogger(RegenerateWorkflowsTest.class.getName());

    @Test
    void regenerateWhenAsked() throws Exception {
        assumeTrue("true".equals(System.getenv(SWITCH)), SWITCH + " is not true; workflows are not regenerated");
        List<Path> written = WorkflowGenerator.generateAll(RepositoryRoot.find());
        for (Path path : written) {
            LOGGER.info(() -> "Wrote " + path);
        }
    }
}
