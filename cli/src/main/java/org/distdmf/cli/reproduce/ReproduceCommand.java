package org.distdmf.cli.reproduce;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.distdmf.cli.ConsoleProgress;
import org.distdmf.core.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf reproduce}: the three reference experiments and one on real data, written as CSV, charts and a page. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Runs the reference experiments (learning-rate multipliers, graph density, spectral radius "
                + "against c) and a real-data experiment (karate-club network, wine correlation target).",
                "Writes CSV tables, PNG and SVG charts and index.html into the output folder."})
public final class ReproduceCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder; created if missing, files in it are overwritten.")
    Path out;

    @Option(names = "--seed", defaultValue = "2024", paramLabel = "S", description = "Base seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Worker threads for the agents; 0 uses every available processor (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--quick", description = "Run every experiment at small sizes (seconds instead of minutes), for smoke tests.")
    boolean quick;

    @Option(names = "--quiet", description = "Print no progress lines, only the path of the report.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be >= 0 but is " + threads);
        }
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ReferenceExperiments experiments = new ReferenceExperiments(out, seed, workers,
                quick ? ReferenceExperiments.Scale.QUICK : ReferenceExperiments.Scale.FULL,
                quiet ? Progress.NONE : new ConsoleProgress(System.err, ""));
        Path page = experiments.runAll();
        System.out.println("Report: " + page.toAbsolutePath());
        return 0;
    }
}
