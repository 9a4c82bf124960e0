package org.distdmf.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DenseOperatorsTest {

    @Test
    void toMatrixAppliesOncePerColumn() {
        DMatrixRMaj matrix = TestMatrices.gaussian(7, 7, new Random(1));
        CountingOperator counting = new CountingOperator(new MatrixOperator(matrix));

        DMatrixRMaj materialised = DenseOperators.toMatrix(counting);

        assertArrayEquals(matrix.data, materialised.data, 0.0);
        assertEquals(7, counting.applications());
    }

    @Test
    void toMatrixRejectsLargeDimensionBeforeApplying() {
        CountingOperator huge = new CountingOperator(new LinearOperator() {
            @Override
            public int dimension() {
                return 5000;
            }

            @Override
            public void apply(double[] x, double[] y) {
                throw new AssertionError("must not be applied");
            }
        });

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DenseOperators.toMatrix(huge));

        assertTrue(error.getMessage().contains("5000"), error.getMessage());
        assertTrue(error.getMessage().contains("4000"), error.getMessage());
        assertEquals(0, huge.applications());
        assertThrows(IllegalArgumentException.class, () -> DenseOperators.toMatrix(huge, 100));
    }

    @Test
    void symmetricEigenvaluesSortedDescending() {
        double[] spectrum = {2.0, -3.0, 5.0, 0.0, 1.5};
        DMatrixRMaj matrix = TestMatrices.withSpectrum(spectrum, new Random(2));

        double[] values = DenseOperators.symmetricEigenvalues(matrix);

        assertArrayEquals(new double[] {5.0, 2.0, 1.5, 0.0, -3.0}, values, 1e-12);
    }

    @Test
    void symmetricEigenpairsSatisfyEigenEquation() {
        DMatrixRMaj matrix = TestMatrices.randomSymmetric(30, 3);
        MatrixOperator operator = new MatrixOperator(matrix);

        DenseOperators.SymmetricEigenpairs pairs = DenseOperators.symmetricEigenpairs(matrix);

        double[] product = new double[30];
        for (int i = 0; i < 30; i++) {
            operator.apply(pairs.eigenvectors()[i], product);
            Vectors.axpy(-pairs.eigenvalues()[i], pairs.eigenvectors()[i], product);
            assertEquals(0.0, Vectors.norm(product), 1e-12, "pair " + i);
            assertEquals(1.0, Vectors.norm(pairs.eigenvectors()[i]), 1e-12, "norm " + i);
        }
    }

    @Test
    void asymmetricMatrixRejectedAsSymmetric() {
        DMatrixRMaj matrix = new DMatrixRMaj(new double[][] {{1.0, 2.0}, {0.0, 1.0}});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DenseOperators.symmetricEigenvalues(matrix));

        assertTrue(error.getMessage().contains("not symmetric"), error.getMessage());
    }

    @Test
    void roundingAsymmetryAccepted() {
        DMatrixRMaj matrix = new DMatrixRMaj(new double[][] {{2.0, 1.0 + 1e-14}, {1.0, 2.0}});

        assertArrayEquals(new double[] {3.0, 1.0}, DenseOperators.symmetricEigenvalues(matrix), 1e-13);
    }

    @Test
    void generalEigenvaluesOfRotationBlocks() {
        DMatrixRMaj matrix = new DMatrixRMaj(5, 5);
        TestMatrices.setRotationBlock(matrix, 0, 0.5, 0.3);
        TestMatrices.setRotationBlock(matrix, 2, 2.0, Math.PI / 3);
        matrix.set(4, 4, -1.0);

        Complex_F64[] values = DenseOperators.eigenvalues(matrix);

        assertEquals(2.0, values[0].getMagnitude(), 1e-12);
        assertEquals(2.0 * Math.sin(Math.PI / 3), values[0].imaginary, 1e-12);
        assertEquals(-2.0 * Math.sin(Math.PI / 3), values[1].imaginary, 1e-12);
        assertEquals(-1.0, values[2].real, 1e-12);
        assertEquals(0.5, values[4].getMagnitude(), 1e-12);
        assertEquals(2.0, DenseOperators.spectralRadius(new MatrixOperator(matrix)), 1e-12);
    }

    @Test
    void nonSquareMatrixRejected() {
        assertThrows(IllegalArgumentException.class, () -> DenseOperators.eigenvalues(new DMatrixRMaj(2, 3)));
        assertThrows(IllegalArgumentException.class, () -> new MatrixOperator(new DMatrixRMaj(2, 3)));
    }
}
