package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MixingMatricesTest {

    private static final double TOLERANCE = 1e-12;

    private static double[] sorted(int n, IntToDoubleFunction eigenvalue) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = eigenvalue.applyAsDouble(k);
        }
        Arrays.sort(values);
        return values;
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 7, 10, 25})
    void ringMetropolisSpectrumMatchesClosedForm(int n) {
        CommunicationGraph ring = new RingTopology(n).generate(null);

        DMatrixRMaj v = MixingMatrices.metropolisHastings(ring);

        assertEquals(1.0 / 3.0, v.get(0, 1), TOLERANCE);
        assertEquals(1.0 / 3.0, v.get(0, 0), TOLERANCE);
        double[] expected = sorted(n, k -> 1.0 / 3.0 + (2.0 / 3.0) * Math.cos(2 * Math.PI * k / n));
        assertArrayEquals(expected, SymmetricEigenvalues.ascending(v), 1e-10);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 6, 11})
    void ringLaplacianSpectrumMatchesClosedForm(int n) {
        CommunicationGraph ring = new RingTopology(n).generate(null);

        double[] expected = sorted(n, k -> 2.0 - 2.0 * Math.cos(2 * Math.PI * k / n));

        assertArrayEquals(expected, SymmetricEigenvalues.ascending(ring.laplacian()), 1e-10);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 9})
    void completeGraphMetropolisIsUniformAverage(int n) {
        CommunicationGraph complete = new CompleteTopology(n).generate(null);

        DMatrixRMaj v = MixingMatrices.metropolisHastings(complete);

        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(1.0 / n, v.get(i, j), TOLERANCE, "V(" + i + "," + j + ")");
            }
        }
        double[] eigenvalues = SymmetricEigenvalues.ascending(v);
        assertEquals(1.0, eigenvalues[n - 1], 1e-12);
        for (int k = 0; k < n - 1; k++) {
            assertEquals(0.0, eigenvalues[k], 1e-12, "eigenvalue " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 12})
    void pathLaplacianSpectrumAndAlgebraicConnectivity(int n) {
        CommunicationGraph path = new PathTopology(n).generate(null);

        double[] expected = sorted(n, k -> 2.0 - 2.0 * Math.cos(Math.PI * k / n));
        SpectralSummary summary = SpectralSummary.of(path, MixingMatrices.metropolisHastings(path));

        assertArrayEquals(expected, SymmetricEigenvalues.ascending(path.laplacian()), 1e-10);
        assertEquals(2.0 * (1.0 - Math.cos(Math.PI / n)), summary.algebraicConnectivity(), 1e-10);
    }

    @Test
    void pathMaxDegreeWeights() {
        CommunicationGraph path = new PathTopology(5).generate(null);

        DMatrixRMaj v = MixingMatrices.maxDegree(path);

        assertEquals(1.0 / 3.0, v.get(0, 1), TOLERANCE);
        assertEquals(2.0 / 3.0, v.get(0, 0), TOLERANCE);
        assertEquals(1.0 / 3.0, v.get(2, 2), TOLERANCE);
        double[] expected = sorted(5, k -> 1.0 - (2.0 - 2.0 * Math.cos(Math.PI * k / 5)) / 3.0);
        assertArrayEquals(expected, SymmetricEigenvalues.ascending(v), 1e-10);
    }

    @Test
    void starMetropolisWeightsAndSpectrum() {
        int n = 6;
        CommunicationGraph star = new StarTopology(n).generate(null);

        DMatrixRMaj v = MixingMatrices.metropolisHastings(star);

        assertEquals(1.0 / n, v.get(0, 3), TOLERANCE);
        assertEquals(1.0 / n, v.get(0, 0), TOLERANCE);
        assertEquals(1.0 - 1.0 / n, v.get(4, 4), TOLERANCE);
        assertEquals(0.0, v.get(2, 4), 0.0);
        // V = I - L / n, and the star Laplacian has eigenvalues 0, 1 (n - 2 times) and n.
        double[] expected = {0.0, 1 - 1.0 / n, 1 - 1.0 / n, 1 - 1.0 / n, 1 - 1.0 / n, 1.0};
        assertArrayEquals(expected, SymmetricEigenvalues.ascending(v), 1e-10);
        assertTrue(MatrixFeatures_DDRM.isIdentical(v, MixingMatrices.maxDegree(star), TOLERANCE),
                "with a hub of degree n - 1 both rules coincide");
    }

    @Test
    void lazyMetropolisHalvesTowardsIdentity() {
        int n = 9;
        CommunicationGraph ring = new RingTopology(n).generate(null);

        DMatrixRMaj lazy = MixingMatrices.lazyMetropolis(ring);

        double[] expected = sorted(n, k -> (1.0 + 1.0 / 3.0 + (2.0 / 3.0) * Math.cos(2 * Math.PI * k / n)) / 2.0);
        assertArrayEquals(expected, SymmetricEigenvalues.ascending(lazy), 1e-10);
        assertEquals(2.0 / 3.0, lazy.get(0, 0), TOLERANCE);
        assertEquals(1.0 / 6.0, lazy.get(0, 1), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 8})
    void bestConstantOnRingBalancesExtremeEigenvalues(int n) {
        CommunicationGraph ring = new RingTopology(n).generate(null);
        double[] laplacian = sorted(n, k -> 2.0 - 2.0 * Math.cos(2 * Math.PI * k / n));
        double alpha = 2.0 / (laplacian[n - 1] + laplacian[1]);

        DMatrixRMaj v = MixingMatrices.bestConstant(ring);
        double[] eigenvalues = SymmetricEigenvalues.ascending(v);

        assertEquals(alpha, MixingMatrices.bestConstantAlpha(ring), 1e-12);
        assertEquals(alpha, v.get(0, 1), 1e-12);
        assertEquals(1.0 - 2.0 * alpha, v.get(0, 0), 1e-12);
        // The optimal constant weight makes lambda_2(V) = -lambda_min(V).
        assertEquals(eigenvalues[n - 2], -eigenvalues[0], 1e-10);
    }

    @Test
    void bestConstantOnStarHasNegativeHubDiagonal() {
        int n = 6;
        CommunicationGraph star = new StarTopology(n).generate(null);

        DMatrixRMaj v = MixingMatrices.bestConstant(star);

        // Laplacian eigenvalues 0, 1, ..., 1, n give alpha = 2 / (n + 1).
        assertEquals(2.0 / (n + 1), v.get(0, 1), 1e-12);
        assertEquals((3.0 - n) / (n + 1), v.get(0, 0), 1e-12);
        IllegalArgumentException strict = assertThrows(IllegalArgumentException.class,
                () -> MixingMatrixValidator.validate(v, star, TOLERANCE));
        assertTrue(strict.getMessage().contains("V(0,0)"), strict.getMessage());
        MixingMatrixValidator.validate(v, star, TOLERANCE, true);
    }

    @Test
    void bestConstantOnDisconnectedGraph() {
        // Two triangles: Laplacian eigenvalues 0, 0, 3, 3, 3, 3, so alpha = 2 / (3 + 3).
        CommunicationGraph triangles = CommunicationGraph.fromEdges(6, List.of(
                new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2},
                new int[] {3, 4}, new int[] {4, 5}, new int[] {3, 5}));

        DMatrixRMaj v = MixingMatrices.bestConstant(triangles);

        assertEquals(1.0 / 3.0, MixingMatrices.bestConstantAlpha(triangles), 1e-12);
        assertEquals(1.0 / 3.0, v.get(0, 0), 1e-12);
        assertEquals(1.0 / 3.0, v.get(4, 5), 1e-12);
        assertEquals(0.0, v.get(0, 3), 0.0);
    }

    @ParameterizedTest
    @EnumSource(value = MixingRule.class, names = "USER", mode = EnumSource.Mode.EXCLUDE)
    void graphWithoutEdgesGivesIdentity(MixingRule rule) {
        CommunicationGraph empty = CommunicationGraph.fromEdges(4, List.of());

        DMatrixRMaj v = MixingMatrices.build(empty, rule);

        assertTrue(MatrixFeatures_DDRM.isIdentical(CommonOps_DDRM.identity(4), v, 0.0), rule + " gave " + v);
    }

    @Test
    void userRuleNeedsMatrix() {
        CommunicationGraph ring = new RingTopology(4).generate(null);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MixingMatrices.build(ring, MixingRule.USER));

        assertTrue(error.getMessage().contains("USER"), error.getMessage());
        assertTrue(error.getMessage().contains("MixingMatrixReader"), error.getMessage());
    }

    @Test
    void userMatrixIsValidatedAndCopied() {
        CommunicationGraph ring = new RingTopology(4).generate(null);
        DMatrixRMaj v = MixingMatrices.lazyMetropolis(ring);

        DMatrixRMaj accepted = MixingMatrices.user(ring, v, TOLERANCE);

        assertNotSame(v, accepted);
        assertTrue(MatrixFeatures_DDRM.isIdentical(v, accepted, 0.0));
        v.set(0, 2, 0.1);
        assertThrows(IllegalArgumentException.class, () -> MixingMatrices.user(ring, v, TOLERANCE));
    }

    @Test
    void powerMatchesRepeatedProduct() {
        CommunicationGraph path = new PathTopology(6).generate(null);
        DMatrixRMaj v = MixingMatrices.metropolisHastings(path);
        DMatrixRMaj expected = v.copy();
        DMatrixRMaj scratch = new DMatrixRMaj(6, 6);
        for (int round = 2; round <= 7; round++) {
            CommonOps_DDRM.mult(expected, v, scratch);
            expected.setTo(scratch);
        }

        DMatrixRMaj power = MixingMatrices.power(v, 7);

        assertTrue(MatrixFeatures_DDRM.isIdentical(expected, power, 1e-14));
        assertTrue(MatrixFeatures_DDRM.isIdentical(v, MixingMatrices.power(v, 1), 0.0));
        assertNotSame(v, MixingMatrices.power(v, 1));
    }

    @Test
    void powerEigenvaluesArePowers() {
        int n = 7;
        CommunicationGraph ring = new RingTopology(n).generate(null);

        DMatrixRMaj cubed = MixingMatrices.power(MixingMatrices.metropolisHastings(ring), 3);

        double[] expected = sorted(n, k -> Math.pow(1.0 / 3.0 + (2.0 / 3.0) * Math.cos(2 * Math.PI * k / n), 3));
        assertArrayEquals(expected, SymmetricEigenvalues.ascending(cubed), 1e-10);
    }

    @Test
    void powerRejectsBadInput() {
        IllegalArgumentException rounds = assertThrows(IllegalArgumentException.class,
                () -> MixingMatrices.power(CommonOps_DDRM.identity(3), 0));
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> MixingMatrices.power(new DMatrixRMaj(2, 3), 2));

        assertTrue(rounds.getMessage().contains("rounds = 0"), rounds.getMessage());
        assertTrue(shape.getMessage().contains("2 x 3"), shape.getMessage());
    }

    @Test
    void ruleIdsParse() {
        assertEquals(MixingRule.METROPOLIS_HASTINGS, MixingRule.fromId("metropolis-hastings"));
        assertEquals(MixingRule.BEST_CONSTANT, MixingRule.fromId("BEST_CONSTANT"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MixingRule.fromId("uniform"));
        assertTrue(error.getMessage().contains("'uniform'"), error.getMessage());
    }
}
