package org.distdmf.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanczosEigenSolverTest {

    private static final LanczosSettings TIGHT = LanczosSettings.defaults().withTolerance(1e-10);

    @ParameterizedTest
    @CsvSource({"50, 1, 11", "50, 3, 12", "137, 1, 13", "137, 3, 14", "400, 1, 15", "400, 3, 16"})
    void randomSymmetricMatchesDense(int n, int k, long seed) {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(n, seed);
        double[] dense = DenseOperators.symmetricEigenvalues(matrix);
        double norm = Math.max(Math.abs(dense[0]), Math.abs(dense[n - 1]));

        LanczosResult result = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(k).withVerifyResiduals(true))
                .solve(new MatrixOperator(matrix));

        assertTrue(result.converged(), result.toString());
        assertEquals(k, result.eigenvalues().length);
        for (int i = 0; i < k; i++) {
            // For a symmetric matrix an eigenvalue lies within the residual norm of each Ritz value.
            assertEquals(dense[i], result.eigenvalues()[i], result.residualNorms()[i] + 1e-12 * norm,
                    "eigenvalue " + i);
            assertTrue(result.residualNorms()[i] <= 1e-10 * Math.abs(result.eigenvalues()[i]) + 1e-12 * norm,
                    "residual " + i + " = " + result.residualNorms()[i]);
            assertEquals(1.0, Vectors.norm(result.eigenvectors()[i]), 1e-12, "norm of eigenvector " + i);
        }
    }

    @Test
    void residualEstimateMatchesTrueResidual() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(200, 21);
        MatrixOperator operator = new MatrixOperator(matrix);
        LanczosSettings settings = LanczosSettings.defaults().withNumberOfEigenvalues(2).withTolerance(1e-4);

        LanczosResult estimated = new LanczosEigenSolver(settings).solve(operator);
        double[] product = new double[200];
        for (int i = 0; i < 2; i++) {
            operator.apply(estimated.eigenvectors()[i], product);
            Vectors.axpy(-estimated.eigenvalues()[i], estimated.eigenvectors()[i], product);
            double trueResidual = Vectors.norm(product);
            assertEquals(trueResidual, estimated.residualNorms()[i], 1e-12 + 1e-6 * trueResidual, "pair " + i);
        }
    }

    @Test
    void knownSpectrumFoundToTolerance() {
        int n = 300;
        double[] spectrum = new double[n];
        spectrum[0] = 10.0;
        spectrum[1] = 9.0;
        spectrum[2] = 8.0;
        Random random = new Random(31);
        for (int i = 3; i < n; i++) {
            spectrum[i] = -5.0 + 10.0 * random.nextDouble();
        }
        DMatrixRMaj matrix = TestMatrices.withSpectrum(spectrum, random);

        LanczosResult result = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(3))
                .solve(new MatrixOperator(matrix));

        assertTrue(result.converged());
        assertArrayEquals(new double[] {10.0, 9.0, 8.0}, result.eigenvalues(), 1e-9);
    }

    @Test
    void diagonalMatrixGivesExtremeEntries() {
        int n = 250;
        DMatrixRMaj matrix = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            matrix.set(i, i, i + 1.0);
        }

        LanczosResult top = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(2)).solve(new MatrixOperator(matrix));
        LanczosResult bottom = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(2)
                .withWhich(LanczosSettings.Which.SMALLEST_ALGEBRAIC)).solve(new MatrixOperator(matrix));

        assertArrayEquals(new double[] {250.0, 249.0}, top.eigenvalues(), 1e-8);
        assertArrayEquals(new double[] {1.0, 2.0}, bottom.eigenvalues(), 1e-8);
        // The eigenvector of the largest diagonal entry is the last unit vector, up to sign.
        assertEquals(1.0, Math.abs(top.eigenvector()[n - 1]), 1e-8);
    }

    @Test
    void clusteredTopEigenvaluesAllFound() {
        int n = 300;
        double[] spectrum = new double[n];
        spectrum[0] = 10.0;
        spectrum[1] = 10.0 - 1e-3;
        spectrum[2] = 10.0 - 2e-3;
        Random random = new Random(41);
        for (int i = 3; i < n; i++) {
            spectrum[i] = 9.0 * random.nextDouble();
        }
        DMatrixRMaj matrix = TestMatrices.withSpectrum(spectrum, random);

        LanczosResult result = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(3).withVerifyResiduals(true))
                .solve(new MatrixOperator(matrix));

        assertTrue(result.converged(), result.toString());
        assertArrayEquals(new double[] {10.0, 10.0 - 1e-3, 10.0 - 2e-3}, result.eigenvalues(), 1e-8);
    }

    @Test
    void tightClusterGivesTopValue() {
        int n = 200;
        double[] spectrum = new double[n];
        Random random = new Random(43);
        for (int i = 0; i < n; i++) {
            spectrum[i] = i < 5 ? 4.0 - 1e-10 * i : 3.0 * random.nextDouble();
        }
        DMatrixRMaj matrix = TestMatrices.withSpectrum(spectrum, random);

        LanczosResult result = new LanczosEigenSolver(TIGHT).solve(new MatrixOperator(matrix));

        assertTrue(result.converged());
        assertEquals(4.0, result.eigenvalue(), 1e-9);
    }

    @Test
    void restartsWithSmallBasis() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(300, 51);
        double[] dense = DenseOperators.symmetricEigenvalues(matrix);

        LanczosResult result = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(2).withMaxBasisSize(8))
                .solve(new MatrixOperator(matrix));

        assertTrue(result.converged(), result.toString());
        assertTrue(result.iterations() > 1, "expected restarts, got " + result.iterations() + " cycle");
        assertEquals(dense[0], result.eigenvalues()[0], 1e-9);
        assertEquals(dense[1], result.eigenvalues()[1], 1e-9);
    }

    @Test
    void smallestModeMatchesDense() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(180, 61);
        double[] dense = DenseOperators.symmetricEigenvalues(matrix);

        LanczosResult result = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(3)
                .withWhich(LanczosSettings.Which.SMALLEST_ALGEBRAIC)).solve(new MatrixOperator(matrix));

        assertTrue(result.converged());
        for (int i = 0; i < 3; i++) {
            assertEquals(dense[179 - i], result.eigenvalues()[i], 1e-9, "eigenvalue " + i);
        }
    }

    @Test
    void warmStartFromEigenvectorNeedsOneApplication() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(300, 71);
        DenseOperators.SymmetricEigenpairs dense = DenseOperators.symmetricEigenpairs(matrix);
        CountingOperator counting = new CountingOperator(new MatrixOperator(matrix));

        // A v = lambda v makes span{v} invariant, so one product gives the exact eigenvalue and verification adds one.
        LanczosResult result = new LanczosEigenSolver(LanczosSettings.defaults()
                .withStartVector(dense.eigenvectors()[0]).withVerifyResiduals(true)).solve(counting);

        assertTrue(result.converged());
        assertEquals(2, result.operatorApplications());
        assertEquals(2, counting.applications());
        assertEquals(dense.eigenvalues()[0], result.eigenvalue(), 1e-12);
    }

    @Test
    void warmStartNearEigenvectorBeatsColdStart() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(300, 73);
        DenseOperators.SymmetricEigenpairs dense = DenseOperators.symmetricEigenpairs(matrix);
        double[] perturbed = dense.eigenvectors()[0].clone();
        Random random = new Random(74);
        for (int i = 0; i < perturbed.length; i++) {
            perturbed[i] += 1e-3 * random.nextGaussian();
        }

        LanczosResult cold = new LanczosEigenSolver(TIGHT).solve(new MatrixOperator(matrix));
        LanczosResult warm = new LanczosEigenSolver(TIGHT.withStartVector(perturbed)).solve(new MatrixOperator(matrix));

        assertTrue(warm.converged());
        assertEquals(dense.eigenvalues()[0], warm.eigenvalue(), 1e-9);
        assertTrue(warm.operatorApplications() < cold.operatorApplications(),
                "warm " + warm.operatorApplications() + " vs cold " + cold.operatorApplications());
    }

    @Test
    void rankOneOperatorIsExact() {
        int n = 300;
        double[] u = new double[n];
        Vectors.fillGaussian(new Random(81), u);
        double uNormSquare = Vectors.dot(u, u);
        LinearOperator rankOne = new LinearOperator() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void apply(double[] x, double[] y) {
                double projection = Vectors.dot(u, x);
                for (int i = 0; i < n; i++) {
                    y[i] = u[i] * projection;
                }
            }
        };

        // span{x, u} is invariant, so two products finish the top eigenvalue.
        LanczosResult top = new LanczosEigenSolver().solve(rankOne);
        assertTrue(top.converged());
        assertEquals(2, top.operatorApplications());
        assertEquals(uNormSquare, top.eigenvalue(), 1e-12 * uNormSquare);
        assertEquals(1.0, Math.abs(Vectors.dot(top.eigenvector(), u)) / Math.sqrt(uNormSquare), 1e-12);

        // The third vector is random and orthogonal to u, so A maps it to zero: invariant again.
        LanczosResult three = new LanczosEigenSolver(LanczosSettings.defaults().withNumberOfEigenvalues(3))
                .solve(rankOne);
        assertTrue(three.converged());
        assertEquals(3, three.operatorApplications());
        assertArrayEquals(new double[] {uNormSquare, 0.0, 0.0}, three.eigenvalues(), 1e-12 * uNormSquare);
    }

    @Test
    void zeroOperatorGivesZeros() {
        LinearOperator zero = new MatrixOperator(new DMatrixRMaj(40, 40));

        LanczosResult result = new LanczosEigenSolver(LanczosSettings.defaults().withNumberOfEigenvalues(2)).solve(zero);

        assertTrue(result.converged());
        assertEquals(2, result.operatorApplications());
        assertArrayEquals(new double[] {0.0, 0.0}, result.eigenvalues(), 0.0);
        assertEquals(0.0, Vectors.dot(result.eigenvectors()[0], result.eigenvectors()[1]), 1e-14);
    }

    @Test
    void dimensionBelowBasisSizeGivesWholeSpectrum() {
        double[] spectrum = {3.0, -1.0, 2.0, 0.5, 7.0};
        DMatrixRMaj matrix = TestMatrices.withSpectrum(spectrum, new Random(91));

        LanczosResult result = new LanczosEigenSolver(LanczosSettings.defaults().withNumberOfEigenvalues(5))
                .solve(new MatrixOperator(matrix));

        assertTrue(result.converged());
        assertEquals(5, result.operatorApplications());
        assertArrayEquals(new double[] {7.0, 3.0, 2.0, 0.5, -1.0}, result.eigenvalues(), 1e-12);
    }

    @Test
    void oneByOneOperatorIsExact() {
        LanczosResult result = new LanczosEigenSolver()
                .solve(new MatrixOperator(new DMatrixRMaj(new double[][] {{-4.0}})));

        assertTrue(result.converged());
        assertEquals(1, result.operatorApplications());
        assertEquals(-4.0, result.eigenvalue(), 0.0);
        assertEquals(1.0, Math.abs(result.eigenvector()[0]), 0.0);
    }

    @Test
    void applicationLimitStopsUnconverged() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(300, 101);
        CountingOperator counting = new CountingOperator(new MatrixOperator(matrix));

        LanczosResult result = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(3).withMaxOperatorApplications(5))
                .solve(counting);

        assertFalse(result.converged());
        assertEquals(5, result.operatorApplications());
        assertEquals(5, counting.applications());
        assertEquals(3, result.eigenvalues().length);
    }

    @Test
    void countMatchesCountingWrapper() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(250, 111);
        CountingOperator counting = new CountingOperator(new MatrixOperator(matrix));

        LanczosResult result = new LanczosEigenSolver(TIGHT.withNumberOfEigenvalues(2).withMaxBasisSize(12)
                .withVerifyResiduals(true)).solve(counting);

        assertEquals(counting.applications(), result.operatorApplications());
    }

    @Test
    void sameSeedGivesIdenticalResults() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(200, 121);
        LanczosSettings settings = TIGHT.withNumberOfEigenvalues(2).withMaxBasisSize(10).withSeed(7);

        LanczosResult first = new LanczosEigenSolver(settings).solve(new MatrixOperator(matrix));
        LanczosResult second = new LanczosEigenSolver(settings).solve(new MatrixOperator(matrix));
        LanczosResult otherSeed = new LanczosEigenSolver(settings.withSeed(8)).solve(new MatrixOperator(matrix));

        assertArrayEquals(first.eigenvalues(), second.eigenvalues(), 0.0);
        assertArrayEquals(first.residualNorms(), second.residualNorms(), 0.0);
        assertArrayEquals(first.eigenvectors()[0], second.eigenvectors()[0], 0.0);
        assertArrayEquals(first.eigenvectors()[1], second.eigenvectors()[1], 0.0);
        assertEquals(first.operatorApplications(), second.operatorApplications());
        assertFalse(java.util.Arrays.equals(first.eigenvectors()[0], otherSeed.eigenvectors()[0]),
                "a different seed should give a different start vector and different rounding");
    }

    @Test
    void invalidRequestsRejected() {
        MatrixOperator small = new MatrixOperator(TestMatrices.randomSymmetric(4, 1));
        MatrixOperator large = new MatrixOperator(TestMatrices.randomSymmetric(50, 1));

        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> new LanczosEigenSolver(LanczosSettings.defaults().withNumberOfEigenvalues(5)).solve(small));
        assertTrue(tooMany.getMessage().contains("numberOfEigenvalues = 5"), tooMany.getMessage());

        IllegalArgumentException basis = assertThrows(IllegalArgumentException.class,
                () -> new LanczosEigenSolver(LanczosSettings.defaults().withNumberOfEigenvalues(3).withMaxBasisSize(4))
                        .solve(large));
        assertTrue(basis.getMessage().contains("maxBasisSize = 4"), basis.getMessage());

        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> new LanczosEigenSolver(LanczosSettings.defaults().withStartVector(new double[3])).solve(small));
        assertTrue(length.getMessage().contains("startVector"), length.getMessage());

        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> new LanczosEigenSolver(LanczosSettings.defaults().withStartVector(new double[] {1, 2, 3}))
                        .solve(small));
        assertTrue(wrongLength.getMessage().contains("length 3"), wrongLength.getMessage());

        assertThrows(IllegalArgumentException.class, () -> LanczosSettings.defaults().withTolerance(0.0));
        assertThrows(IllegalArgumentException.class, () -> LanczosSettings.defaults().withNumberOfEigenvalues(0));
        assertThrows(IllegalArgumentException.class, () -> LanczosSettings.defaults().withMaxOperatorApplications(0));
        assertThrows(IllegalArgumentException.class,
                () -> LanczosSettings.defaults().withStartVector(new double[] {1.0, Double.NaN}));
    }

    @Test
    void nonFiniteProductRejected() {
        LinearOperator broken = new LinearOperator() {
            @Override
            public int dimension() {
                return 10;
            }

            @Override
            public void apply(double[] x, double[] y) {
                java.util.Arrays.fill(y, Double.NaN);
            }
        };

        ArithmeticException error = assertThrows(ArithmeticException.class, () -> new LanczosEigenSolver().solve(broken));
        assertTrue(error.getMessage().contains("application 1"), error.getMessage());
    }
}
