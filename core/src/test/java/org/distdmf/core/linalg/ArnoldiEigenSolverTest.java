package org.distdmf.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class ArnoldiEigenSolverTest {

    private static final double SPECTRAL_RADIUS_TOLERANCE = 1e-6;

    @Test
    void dominantRealEigenvalueFound() {
        int n = 200;
        Random random = new Random(201);
        DMatrixRMaj diagonal = new DMatrixRMaj(n, n);
        diagonal.set(0, 0, 2.0);
        for (int i = 1; i < n; i++) {
            // Moduli up to 1.5, real and negative values mixed.
            diagonal.set(i, i, -1.5 + 3.0 * random.nextDouble());
        }
        DMatrixRMaj matrix = TestMatrices.similar(diagonal, TestMatrices.nearIdentity(n, random));
        double denseRadius = DenseOperators.spectralRadius(matrix);
        CountingOperator counting = new CountingOperator(new MatrixOperator(matrix));

        ArnoldiResult result = new ArnoldiEigenSolver().solve(counting);

        assertTrue(result.converged(), result.toString());
        assertEquals(2.0, denseRadius, 1e-10, "dense reference");
        assertEquals(denseRadius, result.modulus(), SPECTRAL_RADIUS_TOLERANCE * denseRadius);
        assertEquals(2.0, result.dominantReal(), 1e-8);
        assertEquals(0.0, result.dominantImaginary(), 0.0);
        assertEquals(counting.applications(), result.operatorApplications());
    }

    @Test
    void dominantComplexPairFound() {
        int n = 120;
        Random random = new Random(211);
        DMatrixRMaj blocks = new DMatrixRMaj(n, n);
        double angle = 0.7;
        TestMatrices.setRotationBlock(blocks, 0, 1.2, angle);
        for (int at = 2; at < n; at += 2) {
            TestMatrices.setRotationBlock(blocks, at, 0.9, Math.PI * random.nextDouble());
        }
        DMatrixRMaj matrix = TestMatrices.similar(blocks, TestMatrices.randomOrthogonal(n, random));
        double denseRadius = DenseOperators.spectralRadius(matrix);

        ArnoldiResult result = new ArnoldiEigenSolver().solve(new MatrixOperator(matrix));

        // The other eigenvalues lie on a circle of radius 0.9, so the Ritz vector converges only at
        // the power-method rate 0.9 / 1.2 per product while the modulus converges much faster.
        assertTrue(result.converged() || result.modulusSettled(), result.toString());
        assertTrue(result.residualEstimate() < 1e-5, result.toString());
        assertEquals(1.2, denseRadius, 1e-10, "dense reference");
        assertEquals(denseRadius, result.modulus(), SPECTRAL_RADIUS_TOLERANCE * denseRadius);
        assertTrue(result.dominantIsComplex());
        assertEquals(1.2 * Math.cos(angle), result.dominantReal(), 1e-8);
        assertEquals(1.2 * Math.sin(angle), result.dominantImaginary(), 1e-8);
        // Both members of the pair are reported, positive imaginary part first.
        assertEquals(result.ritzValuesReal()[0], result.ritzValuesReal()[1], 1e-12);
        assertEquals(-result.ritzValuesImaginary()[0], result.ritzValuesImaginary()[1], 1e-12);
    }

    @Test
    void dgdMapNearMinusOneFound() {
        DgdExample example = DgdExample.build(8, 25, 1.15, 221);
        Complex_F64[] dense = DenseOperators.eigenvalues(example.matrix());
        double denseRadius = dense[0].getMagnitude();
        CountingOperator counting = new CountingOperator(new MatrixOperator(example.matrix()));

        ArnoldiResult result = new ArnoldiEigenSolver().solve(counting);

        // The setup must be the hard case: dominant eigenvalue real near -1.1, many just below 1.
        assertEquals(0.0, dense[0].imaginary, 1e-12, "dense dominant eigenvalue is real");
        assertTrue(dense[0].real < -1.05, "dense dominant " + dense[0]);
        assertTrue(dense[0].real > -1.15, "dense dominant " + dense[0]);
        assertTrue(countAbove(dense, 0.9) >= 20, "eigenvalues above 0.9: " + countAbove(dense, 0.9));

        assertTrue(result.converged(), result.toString());
        assertEquals(denseRadius, result.modulus(), SPECTRAL_RADIUS_TOLERANCE * denseRadius);
        assertEquals(dense[0].real, result.dominantReal(), SPECTRAL_RADIUS_TOLERANCE * denseRadius);
        assertEquals(counting.applications(), result.operatorApplications());
    }

    @Test
    void adaptThenCombineMapMatchesDense() {
        DgdExample example = DgdExample.build(8, 25, 1.15, 225);
        DMatrixRMaj matrix = example.adaptThenCombineMatrix();
        Complex_F64[] dense = DenseOperators.eigenvalues(matrix);
        double denseRadius = dense[0].getMagnitude();

        ArnoldiResult result = new ArnoldiEigenSolver().solve(new MatrixOperator(matrix));

        // Adapt-then-combine damps the alternating mode, so the dominant eigenvalue sits at the top
        // of the cluster below 1, within 1e-2 of its neighbours: the modulus settles first.
        assertTrue(dense[0].real > 0.9, "dense dominant " + dense[0]);
        assertTrue(denseRadius - dense[1].getMagnitude() < 1e-2, "dense second " + dense[1]);
        assertTrue(result.converged() || result.modulusSettled(), result.toString());
        assertEquals(denseRadius, result.modulus(), SPECTRAL_RADIUS_TOLERANCE * denseRadius);
    }

    @Test
    void dgdMapStableCaseBelowOne() {
        DgdExample example = DgdExample.build(8, 25, 0.8, 223);
        double denseRadius = DenseOperators.spectralRadius(example.matrix());

        ArnoldiResult result = new ArnoldiEigenSolver().solve(new MatrixOperator(example.matrix()));

        assertTrue(denseRadius < 1.0, "dense radius " + denseRadius);
        assertTrue(result.converged() || result.modulusSettled(), result.toString());
        assertEquals(denseRadius, result.modulus(), SPECTRAL_RADIUS_TOLERANCE * denseRadius);
    }

    @Test
    void equalModulusOppositeSignsGiveModulus() {
        int n = 150;
        Random random = new Random(231);
        double[] spectrum = new double[n];
        spectrum[0] = 1.0;
        spectrum[1] = -1.0;
        for (int i = 2; i < n; i++) {
            spectrum[i] = -0.8 + 1.6 * random.nextDouble();
        }
        DMatrixRMaj matrix = TestMatrices.withSpectrum(spectrum, random);

        ArnoldiResult result = new ArnoldiEigenSolver().solve(new MatrixOperator(matrix));

        assertTrue(result.converged(), result.toString());
        assertEquals(1.0, result.modulus(), SPECTRAL_RADIUS_TOLERANCE);
        // Both eigenvalues of modulus 1 compete, so both are reported among the top two.
        assertEquals(1.0, Math.abs(result.ritzValuesReal()[0]), 1e-6);
        assertEquals(1.0, Math.abs(result.ritzValuesReal()[1]), 1e-6);
        assertEquals(0.0, result.ritzValuesReal()[0] + result.ritzValuesReal()[1], 1e-6);
    }

    @Test
    void symmetricInputMatchesDense() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(300, 241);
        double[] dense = DenseOperators.symmetricEigenvalues(matrix);
        double denseRadius = Math.max(Math.abs(dense[0]), Math.abs(dense[299]));

        ArnoldiResult result = new ArnoldiEigenSolver().solve(new MatrixOperator(matrix));

        assertTrue(result.converged() || result.modulusSettled(), result.toString());
        assertEquals(denseRadius, result.modulus(), SPECTRAL_RADIUS_TOLERANCE * denseRadius);
        assertEquals(0.0, result.dominantImaginary(), 0.0);
    }

    @Test
    void jordanBlockDominantModulus() {
        int n = 100;
        Random random = new Random(251);
        DMatrixRMaj blocks = new DMatrixRMaj(n, n);
        blocks.set(0, 0, 1.2);
        blocks.set(0, 1, 1.0);
        blocks.set(1, 1, 1.2);
        for (int i = 2; i < n; i++) {
            blocks.set(i, i, -0.9 + 1.8 * random.nextDouble());
        }
        DMatrixRMaj matrix = TestMatrices.similar(blocks, TestMatrices.randomOrthogonal(n, random));

        ArnoldiResult result = new ArnoldiEigenSolver().solve(new MatrixOperator(matrix));

        // A defective eigenvalue is determined only to about the square root of the residual.
        assertTrue(result.converged() || result.modulusSettled(), result.toString());
        assertEquals(1.2, result.modulus(), 1e-4);
    }

    @Test
    void warmStartFromEigenvectorNeedsOneApplication() {
        int n = 60;
        Random random = new Random(261);
        double[] spectrum = new double[n];
        for (int i = 0; i < n; i++) {
            spectrum[i] = i == 0 ? -3.0 : 2.0 * random.nextDouble() - 1.0;
        }
        DMatrixRMaj matrix = TestMatrices.withSpectrum(spectrum, random);
        DenseOperators.SymmetricEigenpairs dense = DenseOperators.symmetricEigenpairs(matrix);
        double[] eigenvector = dense.eigenvectors()[n - 1];

        ArnoldiResult result = new ArnoldiEigenSolver(ArnoldiSettings.defaults().withStartVector(eigenvector))
                .solve(new MatrixOperator(matrix));

        // A v = lambda v makes span{v} invariant after one product.
        assertTrue(result.converged());
        assertEquals(1, result.operatorApplications());
        assertEquals(-3.0, result.dominantReal(), 1e-12);
    }

    @Test
    void warmStartFromEarlierResultIsCheaper() {
        DgdExample example = DgdExample.build(8, 25, 1.15, 271);
        DgdExample nearby = DgdExample.build(8, 25, 1.16, 271);

        ArnoldiResult first = new ArnoldiEigenSolver().solve(new MatrixOperator(example.matrix()));
        ArnoldiResult cold = new ArnoldiEigenSolver().solve(new MatrixOperator(nearby.matrix()));
        ArnoldiResult warm = new ArnoldiEigenSolver(ArnoldiSettings.defaults().withStartVector(first.warmStartVector()))
                .solve(new MatrixOperator(nearby.matrix()));

        assertTrue(warm.converged());
        assertEquals(cold.modulus(), warm.modulus(), 1e-8 * cold.modulus());
        assertTrue(warm.operatorApplications() < cold.operatorApplications(),
                "warm " + warm.operatorApplications() + " vs cold " + cold.operatorApplications());
    }

    @Test
    void zeroOperatorIsExact() {
        ArnoldiResult result = new ArnoldiEigenSolver().solve(new MatrixOperator(new DMatrixRMaj(30, 30)));

        assertTrue(result.converged());
        assertEquals(1, result.operatorApplications());
        assertEquals(0.0, result.modulus(), 0.0);
        assertEquals(1, result.ritzValuesReal().length);
    }

    @Test
    void tinyDimensionsAreExact() {
        DMatrixRMaj scalar = new DMatrixRMaj(new double[][] {{-2.5}});
        DMatrixRMaj rotation = new DMatrixRMaj(2, 2);
        TestMatrices.setRotationBlock(rotation, 0, 1.5, 0.4);

        ArnoldiResult one = new ArnoldiEigenSolver().solve(new MatrixOperator(scalar));
        ArnoldiResult two = new ArnoldiEigenSolver().solve(new MatrixOperator(rotation));

        assertTrue(one.converged());
        assertEquals(-2.5, one.dominantReal(), 0.0);
        assertEquals(1, one.operatorApplications());
        assertTrue(two.converged());
        assertEquals(2, two.operatorApplications());
        assertEquals(1.5, two.modulus(), 1e-14);
        assertEquals(1.5 * Math.sin(0.4), two.dominantImaginary(), 1e-14);
    }

    @Test
    void nilpotentShiftNotReportedConverged() {
        int n = 80;
        DMatrixRMaj shift = new DMatrixRMaj(n, n);
        for (int i = 1; i < n; i++) {
            shift.set(i, i - 1, 1.0);
        }

        ArnoldiResult result = new ArnoldiEigenSolver(ArnoldiSettings.defaults().withMaxBasisSize(20))
                .solve(new MatrixOperator(shift));

        // Every eigenvalue is 0, but the Ritz values of this highly non-normal operator follow its
        // pseudospectrum, a disk of radius near 1; the residual must show that they are not eigenvalues.
        assertFalse(result.converged(), result.toString());
        assertTrue(result.residualEstimate() > 0.1, result.toString());
    }

    @Test
    void applicationLimitStopsUnconverged() {
        DgdExample example = DgdExample.build(8, 25, 1.15, 281);
        CountingOperator counting = new CountingOperator(new MatrixOperator(example.matrix()));

        ArnoldiResult result = new ArnoldiEigenSolver(ArnoldiSettings.defaults().withMaxOperatorApplications(7))
                .solve(counting);

        assertFalse(result.converged());
        assertFalse(result.modulusSettled());
        assertEquals(7, result.operatorApplications());
        assertEquals(7, counting.applications());
    }

    @Test
    void restartsWithSmallBasis() {
        DgdExample example = DgdExample.build(8, 25, 1.15, 291);
        double denseRadius = DenseOperators.spectralRadius(example.matrix());
        CountingOperator counting = new CountingOperator(new MatrixOperator(example.matrix()));

        ArnoldiResult result = new ArnoldiEigenSolver(ArnoldiSettings.defaults().withMaxBasisSize(10)
                .withMaxOperatorApplications(5000)).solve(counting);

        assertTrue(result.iterations() > 1, "expected restarts, got " + result.iterations() + " cycle");
        assertTrue(result.converged() || result.modulusSettled(), result.toString());
        assertEquals(denseRadius, result.modulus(), SPECTRAL_RADIUS_TOLERANCE * denseRadius);
        assertEquals(counting.applications(), result.operatorApplications());
    }

    @Test
    void sameSeedGivesIdenticalResults() {
        DgdExample example = DgdExample.build(6, 20, 1.15, 301);
        ArnoldiSettings settings = ArnoldiSettings.defaults().withMaxBasisSize(12).withSeed(5);

        ArnoldiResult first = new ArnoldiEigenSolver(settings).solve(new MatrixOperator(example.matrix()));
        ArnoldiResult second = new ArnoldiEigenSolver(settings).solve(new MatrixOperator(example.matrix()));

        assertEquals(first.modulus(), second.modulus(), 0.0);
        assertEquals(first.dominantReal(), second.dominantReal(), 0.0);
        assertEquals(first.residualEstimate(), second.residualEstimate(), 0.0);
        assertArrayEquals(first.ritzValuesReal(), second.ritzValuesReal(), 0.0);
        assertArrayEquals(first.ritzValuesImaginary(), second.ritzValuesImaginary(), 0.0);
        assertArrayEquals(first.warmStartVector(), second.warmStartVector(), 0.0);
        assertEquals(first.operatorApplications(), second.operatorApplications());
    }

    @Test
    void invalidSettingsRejected() {
        IllegalArgumentException basis = assertThrows(IllegalArgumentException.class,
                () -> ArnoldiSettings.defaults().withMaxBasisSize(4));
        assertTrue(basis.getMessage().contains("maxBasisSize"), basis.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArnoldiSettings.defaults().withTolerance(1.0));
        assertThrows(IllegalArgumentException.class, () -> ArnoldiSettings.defaults().withNumberOfRitzValues(0));
        assertThrows(IllegalArgumentException.class,
                () -> ArnoldiSettings.defaults().withStartVector(new double[] {0.0, 0.0}));

        MatrixOperator operator = new MatrixOperator(new DMatrixRMaj(10, 10));
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> new ArnoldiEigenSolver(ArnoldiSettings.defaults().withStartVector(new double[] {1.0, 2.0}))
                        .solve(operator));
        assertTrue(length.getMessage().contains("dimension is 10"), length.getMessage());
    }

    private static int countAbove(Complex_F64[] values, double threshold) {
        int count = 0;
        for (Complex_F64 value : values) {
            if (value.real > threshold) {
                count++;
            }
        }
        return count;
    }

    /**
     * Linearised DGD maps on a Metropolis ring with random SPD local Hessians and step sizes
     * {@code eta_i = c (1 + lambda_min(V)) / lambda_max(H_i)}. The Hessians share most of their
     * eigenvectors, as local losses near a common minimiser do, plus a small agent-specific
     * symmetric perturbation.
     */
    record DgdExample(DMatrixRMaj mixing, DMatrixRMaj[] hessians, double[] stepSizes) {

        static DgdExample build(int agents, int parameters, double multiplier, long seed) {
            Random random = new Random(seed);
            DMatrixRMaj mixing = TestMatrices.metropolisRing(agents);
            double lambdaMinV = DenseOperators.symmetricEigenvalues(mixing)[agents - 1];
            DMatrixRMaj common = TestMatrices.randomOrthogonal(parameters, random);
            DMatrixRMaj[] hessians = new DMatrixRMaj[agents];
            double[] stepSizes = new double[agents];
            for (int a = 0; a < agents; a++) {
                double[] spectrum = new double[parameters];
                double scale = 1.0 + random.nextDouble();
                spectrum[0] = scale;
                for (int i = 1; i < parameters; i++) {
                    // Most curvatures are small, so most eigenvalues of J sit just below 1.
                    spectrum[i] = i < 4 ? scale * (0.3 + 0.5 * random.nextDouble())
                            : scale * (1e-3 + 0.05 * random.nextDouble());
                }
                DMatrixRMaj hessian = TestMatrices.withSpectrum(spectrum, common);
                DMatrixRMaj perturbation = TestMatrices.randomSymmetric(parameters, random.nextLong());
                CommonOps_DDRM.addEquals(hessian, 1e-3 * scale, perturbation);
                hessians[a] = hessian;
                stepSizes[a] = multiplier * (1.0 + lambdaMinV) / DenseOperators.symmetricEigenvalues(hessian)[0];
            }
            return new DgdExample(mixing, hessians, stepSizes);
        }

        /** Combine-then-adapt map {@code V (x) I - D_eta H_blk}, symmetric for a symmetric V. */
        DMatrixRMaj matrix() {
            return TestMatrices.dgdMap(mixing, hessians, stepSizes);
        }

        /** Adapt-then-combine map {@code (V (x) I)(I - D_eta H_blk)}, not symmetric in general. */
        DMatrixRMaj adaptThenCombineMatrix() {
            int size = mixing.numRows * hessians[0].numRows;
            DMatrixRMaj identity = CommonOps_DDRM.identity(size);
            DMatrixRMaj zeroMixing = new DMatrixRMaj(mixing.numRows, mixing.numRows);
            DMatrixRMaj adapt = TestMatrices.dgdMap(zeroMixing, hessians, stepSizes);
            CommonOps_DDRM.addEquals(adapt, identity);
            DMatrixRMaj kronecker = TestMatrices.dgdMap(mixing, hessians, new double[mixing.numRows]);
            DMatrixRMaj result = new DMatrixRMaj(size, size);
            CommonOps_DDRM.mult(kronecker, adapt, result);
            return result;
        }
    }
}
