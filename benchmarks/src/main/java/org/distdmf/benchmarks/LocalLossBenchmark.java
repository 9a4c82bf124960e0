package org.distdmf.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.distdmf.core.loss.LocalLoss;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.Factorization;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The local loss of agent 0 at the ground truth: loss and gradient, and one Hessian-vector product
 * along a fixed random direction, in both the factor form and the flat-vector form the sharpness
 * solver calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LocalLossBenchmark {

    @Param({ProblemShape.REFERENCE, ProblemShape.WIDE})
    public String problem;

    private LocalLoss loss;
    private Factorization point;
    private Factorization gradient;
    private Factorization direction;
    private Factorization product;
    private double[] flatDirection;
    private double[] flatProduct;

    @Setup(Level.Trial)
    public void evaluateAtGroundTruth() {
        DmfProblem dmf = ProblemShape.parse(problem).generate();
        int[] widths = dmf.widths();
        point = dmf.referencePoint();
        loss = new LocalLoss(dmf.agent(0), widths);
        loss.evaluate(point);

        gradient = Factorization.zeros(widths);
        product = Factorization.zeros(widths);
        flatDirection = new double[dmf.parameterCount()];
        flatProduct = new double[dmf.parameterCount()];
        Random random = new Random(ProblemShape.SEED);
        for (int k = 0; k < flatDirection.length; k++) {
            flatDirection[k] = random.nextGaussian();
        }
        direction = Factorization.zeros(widths);
        direction.copyFrom(flatDirection);
    }

    /** Re-evaluates at the same point, so the Hessian benchmarks of this state see the same cache. */
    @Benchmark
    public void lossAndGradient(Blackhole blackhole) {
        blackhole.consume(loss.evaluate(point));
        loss.gradient(gradient);
        blackhole.consume(gradient);
    }

    @Benchmark
    public void hessianVectorProduct(Blackhole blackhole) {
        loss.hessianVectorProduct(direction, product);
        blackhole.consume(product);
    }

    /** Includes the copies between the flat vectors and the factors. */
    @Benchmark
    public void hessianVectorProductFlat(Blackhole blackhole) {
        loss.hessianVectorProduct(flatDirection, flatProduct);
        blackhole.consume(flatProduct);
    }
}
