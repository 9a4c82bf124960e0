package org.distdmf.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void levelOneOperations() {
        double[] x = {1.0, 2.0, 2.0};
        double[] y = {3.0, -1.0, 0.5};

        assertEquals(2.0, Vectors.dot(x, y), 0.0);
        assertEquals(3.0, Vectors.norm(x), 0.0);

        Vectors.axpy(2.0, x, y);
        assertArrayEquals(new double[] {5.0, 3.0, 4.5}, y, 0.0);

        double[] copy = new double[3];
        Vectors.copy(x, copy);
        assertEquals(3.0, Vectors.normalize(copy), 0.0);
        assertArrayEquals(new double[] {1.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0}, copy, 1e-16);

        double[] zero = new double[2];
        assertEquals(0.0, Vectors.normalize(zero), 0.0);
        assertArrayEquals(new double[2], zero, 0.0);
    }

    @Test
    void lengthMismatchRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Vectors.dot(new double[2], new double[3]));

        assertTrue(error.getMessage().contains("2 and 3"), error.getMessage());
    }

    @Test
    void gaussianFillFollowsSeed() {
        double[] first = new double[5];
        double[] second = new double[5];
        Vectors.fillGaussian(new Random(9), first);
        Vectors.fillGaussian(new Random(9), second);

        assertArrayEquals(first, second, 0.0);
        assertTrue(Vectors.isFinite(first));
        assertFalse(Vectors.isFinite(new double[] {1.0, Double.POSITIVE_INFINITY}));
    }
}
