package org.distdmf.cli;

import org.distdmf.core.Progress;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options of every long-running step: worker threads and progress lines. */
final class RunOptions {

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Worker threads for the agents; 0 uses every available processor. Results do not depend "
                    + "on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--quiet", description = "Print no progress lines, only the results.")
    boolean quiet;

    int threads() {
        return Checks.threads("--threads", threads);
    }

    /** Returns progress printed to the command's error stream, so standard output carries only results. */
    Progress progress(CommandSpec spec) {
        if (quiet) {
            return Progress.NONE;
        }
        return new ConsoleProgress(spec.commandLine().getErr(), "");
    }
}
