package org.distdmf.benchmarks;

import java.util.concurrent.TimeUnit;

import org.distdmf.core.Progress;
import org.distdmf.core.parallel.AgentExecutor;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.train.DgdRun;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.Initialisation;
import org.distdmf.core.train.StepSizes;
import org.distdmf.core.train.UpdateRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full DGD iteration, {@link DgdRun#step()}: every agent's loss and gradient, then the combine
 * step, on the complete graph. Sharpness tracking is not part of a step.
 *
 * <p>The {@code n20-d100-L10} run keeps an estimated 350 MB of iterates, gradients and loss
 * workspaces (245,692 parameters per agent), so the fork gets a fixed 2 GB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DgdStepBenchmark {

    @Param({ProblemShape.REFERENCE, ProblemShape.WIDE})
    public String problem;

    @Param({"1", "2"})
    public int threads;

    private AgentExecutor executor;
    private DgdRun run;

    @Setup(Level.Trial)
    public void prepare() {
        ProblemShape shape = ProblemShape.parse(problem);
        DmfProblem dmf = shape.generate();
        executor = new AgentExecutor(threads);
        run = DgdTrainer.prepare(dmf, ProblemShape.completeGraphMixing(shape.agents()),
                settings(shape), executor, Progress.NONE);
    }

    /**
     * Returns the reference experiments' settings ({@code c = 0.9}, start {@code 1e-3} from the ground
     * truth along the mean Hessian's top eigenvector) for {@code d <= 10}, and cheaper settings above.
     *
     * <p>Preparing a run estimates every agent's sharpness at the ground truth, and the reference start
     * also the mean Hessian's top eigenvector. For {@code n20-d100-L10} one such estimate took 68
     * Hessian-vector products of about 0.2 s each (power iteration to tolerance 1e-6, agent 0, on the
     * 2-core machine of BENCHMARKS.md), so preparing would take an estimated 10 to 15 minutes per
     * trial. A step does the same arithmetic for any learning rate and start, so the wide problem uses
     * an absolute learning rate of {@code 1e-5}, far below {@code 1 / lambda_max} (agent 0's
     * {@code lambda_max} is about 1900), a random start direction, and a loose solver tolerance of 0.5
     * that ends each sharpness estimate, unused with absolute rates, after a few products.
     */
    private DgdSettings settings(ProblemShape shape) {
        // step() ignores the iteration count, which only bounds DgdTrainer.train.
        int iterations = 100;
        if (shape.size() <= 10) {
            return DgdSettings.reference(iterations, 0.9, 0, threads, ProblemShape.SEED);
        }
        Initialisation start = new Initialisation(Initialisation.Kind.NEAR_REFERENCE, 1e-3,
                Initialisation.Direction.RANDOM, true);
        return new DgdSettings(iterations, UpdateRule.COMBINE_THEN_ADAPT, 1, StepSizes.absolute(1e-5), start, 0,
                1e4, 0.5, threads, ProblemShape.SEED);
    }

    @TearDown(Level.Trial)
    public void closeExecutor() {
        executor.close();
    }

    /**
     * Runs one DGD iteration. Its result is the new iterates inside the run this state keeps, so
     * nothing needs consuming.
     */
    @Benchmark
    public void step() {
        run.step();
    }
}
