package org.distdmf.benchmarks;

import java.util.concurrent.TimeUnit;

import org.distdmf.core.problem.Factorization;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
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
 * EJML's {@link CommonOps_DDRM#mult} alone on the shapes of the loss: the forward pass
 * {@code Q_l = W_l Q_(l-1)} for {@code l = 2 .. L}, starting from {@code Q_1 = W_1}, with the
 * ground-truth factors. Each product is {@code d_l x d_(l-1)} times {@code d_(l-1) x d}.
 *
 * <p>A Hessian-vector product runs six products of these shapes per layer (two for the derivative of
 * the forward pass, two for the output, two for the derivative of the backward pass), so about six
 * times this figure is the matrix-multiplication share of one. Four of the six are EJML's transposed
 * variants, which may run at another speed than {@code mult}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatrixChainBenchmark {

    @Param({ProblemShape.REFERENCE, ProblemShape.WIDE})
    public String problem;

    private Factorization factors;
    private DMatrixRMaj[] prefix;

    @Setup(Level.Trial)
    public void allocate() {
        factors = ProblemShape.parse(problem).generate().referencePoint();
        int columns = factors.layer(0).numCols;
        prefix = new DMatrixRMaj[factors.depth()];
        prefix[0] = factors.layer(0).copy();
        for (int l = 1; l < factors.depth(); l++) {
            prefix[l] = new DMatrixRMaj(factors.layer(l).numRows, columns);
        }
    }

    @Benchmark
    public void forwardPass(Blackhole blackhole) {
        for (int l = 1; l < factors.depth(); l++) {
            CommonOps_DDRM.mult(factors.layer(l), prefix[l - 1], prefix[l]);
        }
        blackhole.consume(prefix[factors.depth() - 1]);
    }
}
