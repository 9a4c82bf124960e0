package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

class SpectralSummaryTest {

    @Test
    void completeGraphFigures() {
        CommunicationGraph complete = new CompleteTopology(5).generate(null);

        SpectralSummary summary = SpectralSummary.of(complete, MixingMatrices.metropolisHastings(complete));

        assertEquals(5, summary.agents());
        assertEquals(10, summary.edges());
        assertTrue(summary.connected());
        assertEquals(1, summary.diameter());
        assertEquals(4, summary.minDegree());
        assertEquals(4, summary.maxDegree());
        assertEquals(0.0, summary.lambdaMinV(), 1e-12);
        assertEquals(0.0, summary.lambda2V(), 1e-12);
        assertEquals(0.0, summary.slem(), 1e-12);
        assertEquals(1.0, summary.spectralGap(), 1e-12);
        assertEquals(5.0, summary.algebraicConnectivity(), 1e-12);
    }

    @Test
    void ringFiguresMatchClosedForm() {
        int n = 8;
        CommunicationGraph ring = new RingTopology(n).generate(null);

        SpectralSummary summary = SpectralSummary.of(ring, MixingMatrices.metropolisHastings(ring));

        double lambda2 = 1.0 / 3.0 + (2.0 / 3.0) * Math.cos(2 * Math.PI / n);
        assertEquals(-1.0 / 3.0, summary.lambdaMinV(), 1e-12);
        assertEquals(lambda2, summary.lambda2V(), 1e-12);
        assertEquals(lambda2, summary.slem(), 1e-12);
        assertEquals(1.0 - lambda2, summary.spectralGap(), 1e-12);
        assertEquals(2.0 - 2.0 * Math.cos(2 * Math.PI / n), summary.algebraicConnectivity(), 1e-12);
        assertEquals(4, summary.diameter());
    }

    @Test
    void slemTakesNegativeEndWhenLarger() {
        // Best constant weights on a star give lambda_min(V) = 1 - 2n / (n + 1), below -lambda_2(V).
        int n = 6;
        CommunicationGraph star = new StarTopology(n).generate(null);

        SpectralSummary summary = SpectralSummary.of(star, MixingMatrices.bestConstant(star));

        double alpha = 2.0 / (n + 1);
        assertEquals(1.0 - alpha * n, summary.lambdaMinV(), 1e-12);
        assertEquals(1.0 - alpha, summary.lambda2V(), 1e-12);
        assertEquals(alpha * n - 1.0, summary.slem(), 1e-12);
    }

    @Test
    void disconnectedGraphHasNoGap() {
        CommunicationGraph triangles = CommunicationGraph.fromEdges(6, List.of(
                new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2},
                new int[] {3, 4}, new int[] {4, 5}, new int[] {3, 5}));

        SpectralSummary summary = SpectralSummary.of(triangles, MixingMatrices.metropolisHastings(triangles));

        assertFalse(summary.connected());
        assertEquals(-1, summary.diameter());
        assertEquals(1.0, summary.lambda2V(), 1e-12);
        assertEquals(0.0, summary.spectralGap(), 1e-12);
        assertEquals(0.0, summary.algebraicConnectivity(), 1e-12);
        assertNull(summary.toTable().cell(0, summary.toTable().requireColumn("diameter")));
    }

    @Test
    void karateClubMatchesGeneralEigenSolver() throws Exception {
        CommunicationGraph karate = EdgeListReader.defaults().read(EdgeListReaderTest.karateClub());
        DMatrixRMaj v = MixingMatrices.metropolisHastings(karate);

        SpectralSummary summary = SpectralSummary.of(karate, v);

        double[] mixing = generalEigenvalues(v);
        double[] laplacian = generalEigenvalues(karate.laplacian());
        assertEquals(mixing[0], summary.lambdaMinV(), 1e-9);
        assertEquals(mixing[32], summary.lambda2V(), 1e-9);
        assertEquals(1.0, mixing[33], 1e-9);
        assertEquals(laplacian[1], summary.algebraicConnectivity(), 1e-9);
        assertTrue(summary.algebraicConnectivity() > 0.0);
    }

    /** Reference eigenvalues from EJML's general (non-symmetric) solver, ascending. */
    private static double[] generalEigenvalues(DMatrixRMaj matrix) {
        EigenDecomposition_F64<DMatrixRMaj> decomposition = DecompositionFactory_DDRM.eig(matrix.numRows, false, false);
        assertTrue(decomposition.decompose(matrix.copy()));
        double[] values = new double[matrix.numRows];
        for (int i = 0; i < values.length; i++) {
            assertEquals(0.0, decomposition.getEigenvalue(i).getImaginary(), 1e-9);
            values[i] = decomposition.getEigenvalue(i).getReal();
        }
        Arrays.sort(values);
        return values;
    }

    @Test
    void tableHasDocumentedColumns() {
        CommunicationGraph path = new PathTopology(4).generate(null);
        SpectralSummary summary = SpectralSummary.of(path, MixingMatrices.metropolisHastings(path));

        ResultTable table = summary.toTable();

        assertEquals(List.of("agents", "edges", "connected", "diameter", "min_degree", "max_degree", "lambda_min_V",
                "lambda_2_V", "slem", "spectral_gap", "algebraic_connectivity"), table.columnNames());
        assertEquals(SpectralSummary.TABLE_NAME, table.name());
        assertEquals(1, table.rowCount());
        assertEquals(ColumnType.BOOLEAN, table.columnType(2));
        assertArrayEquals(new Object[] {4, 3, true, 3, 1, 2, summary.lambdaMinV(), summary.lambda2V(), summary.slem(),
                summary.spectralGap(), summary.algebraicConnectivity()}, table.row(0));
    }

    @Test
    void rejectsWrongShapeAndAsymmetry() {
        CommunicationGraph path = new PathTopology(3).generate(null);
        DMatrixRMaj asymmetric = MixingMatrices.metropolisHastings(path);
        asymmetric.set(0, 1, 0.2);

        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> SpectralSummary.of(path, new DMatrixRMaj(2, 2)));
        IllegalArgumentException symmetry = assertThrows(IllegalArgumentException.class,
                () -> SpectralSummary.of(path, asymmetric));

        assertTrue(shape.getMessage().contains("2 x 2"), shape.getMessage());
        assertTrue(symmetry.getMessage().contains("V(0,1) = 0.2"), symmetry.getMessage());
    }
}
