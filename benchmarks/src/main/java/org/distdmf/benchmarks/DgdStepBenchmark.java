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
 * <p>The {@code n20-d100-L10} run keeps about 500 MB of iterates, gradients and loss workspaces,
 * hence the fixed heap.
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
     * truth along the mean Hessian's top eigenvector) where they are cheap to prepare, and otherwise
     * settings that skip most of the eigen-solves.
     *
     * <p>Preparing a run computes every agent's sharpness at the ground truth, and the reference start
     * the mean Hessian's top eigenvector. At {@code d = 100} that took about 70 Hessian-vector products
     * of 0.2 to 0.4 s each per eigen-solve with the power-iteration solver, so about 15 minutes per
     * trial. A step costs the same arithmetic for any learning rate and start, so the wide problem uses
     * an absolute learning rate of {@code 1e-5}, far below {@code 1 / lambda_max} (its agents'
     * {@code lambda_max} at the ground truth are about 1500 to 1900), a random start direction, and a
     * loose solver tolerance of 0.5 that ends each now unused sharpness estimate after a few products.
     */
    private DgdSettings settings(ProblemShape shape) {
        int unusedIterations = 100;
        if (shape.size() <= 10) {
            return DgdSettings.reference(unusedIterations, 0.9, 0, threads, ProblemShape.SEED);
        }
        Initialisation start = new Initialisation(Initialisation.Kind.NEAR_REFERENCE, 1e-3,
                Initialisation.Direction.RANDOM, true);
        return new DgdSettings(unusedIterations, UpdateRule.COMBINE_THEN_ADAPT, 1, StepSizes.absolute(1e-5), start, 0,
                1e4, 0.5, threads, ProblemShape.SEED);
    }

    @TearDown(Level.Trial)
    public void closeExecutor() {
        executor.close();
    }

    /** The iterates live in {@link DgdRun}, which this state keeps, so no result needs consuming. */
    @Benchmark
    public void step() {
        run.step();
    }
}
