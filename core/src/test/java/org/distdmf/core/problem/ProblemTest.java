package org.distdmf.core.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.distdmf.core.loss.LocalLoss;
import org.distdmf.core.table.ResultTable;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void referenceProblemHasReferenceShapes() {
        DmfProblem problem = SyntheticProblemGenerator.generate(SyntheticProblemSpec.reference(5, 4, 6, 3));

        int[] widths = problem.widths();
        assertEquals(7, widths.length);
        assertEquals(4, widths[0]);
        assertEquals(4, widths[6]);
        for (int l = 1; l < 6; l++) {
            assertTrue(widths[l] >= 4, "hidden width d_" + l + " = " + widths[l]);
            assertTrue(widths[l] <= 12, "hidden width d_" + l + " = " + widths[l]);
        }
        for (double tau : problem.weightDecays()) {
            assertTrue(tau >= 0.1, "tau " + tau);
            assertTrue(tau <= 0.9, "tau " + tau);
        }
    }

    @Test
    void groundTruthFitsNoiseFreeMeasurements() {
        DmfProblem problem = SyntheticProblemGenerator.generate(SyntheticProblemSpec.reference(3, 4, 3, 8));
        for (AgentData agent : problem.agents()) {
            LocalLoss loss = new LocalLoss(agent, problem.widths());
            loss.evaluate(problem.referencePoint());
            assertEquals(0.0, loss.residualSquaredNorm(), 1e-24, "agent " + agent.agent());
        }
    }

    @Test
    void sameSeedGivesSameProblem() {
        SyntheticProblemSpec spec = SyntheticProblemSpec.reference(4, 3, 4, 99);
        ResultTable first = ProblemTables.toLongTable(SyntheticProblemGenerator.generate(spec));
        ResultTable second = ProblemTables.toLongTable(SyntheticProblemGenerator.generate(spec));
        assertEquals(first.rowCount(), second.rowCount());
        for (int r = 0; r < first.rowCount(); r++) {
            assertArrayEquals(first.row(r), second.row(r), "row " + r);
        }
    }

    @Test
    void longTableRoundTripIsExact() {
        for (Observation observation : Observation.values()) {
            SyntheticProblemSpec spec = new SyntheticProblemSpec(3, 4, 2, 3, WidthSpec.list(5, 3), 0,
                    new ObservationSpec(observation, observation == Observation.SENSING ? 6 : 0, 0.5, 0.01),
                    WeightDecaySpec.list(0.1, 0.2, 0.3), 5);
            DmfProblem problem = SyntheticProblemGenerator.generate(spec);

            DmfProblem copy = ProblemTables.fromLongTable(ProblemTables.toLongTable(problem));

            assertArrayEquals(problem.widths(), copy.widths(), observation.name());
            assertEquals(problem.referenceLabel(), copy.referenceLabel());
            assertTrue(org.ejml.dense.row.MatrixFeatures_DDRM.isIdentical(problem.target(), copy.target(), 0), "target");
            for (int i = 0; i < 3; i++) {
                AgentData original = problem.agent(i);
                AgentData read = copy.agent(i);
                assertEquals(original.observation(), read.observation());
                assertEquals(original.weightDecay(), read.weightDecay());
                assertTrue(org.ejml.dense.row.MatrixFeatures_DDRM.isIdentical(original.measurements(), read.measurements(), 0), "Y of agent " + i);
                if (original.operator() != null) {
                    assertTrue(org.ejml.dense.row.MatrixFeatures_DDRM.isIdentical(original.operator(), read.operator(), 0), "operator of agent " + i);
                }
            }
            for (int l = 0; l < problem.depth(); l++) {
                assertTrue(org.ejml.dense.row.MatrixFeatures_DDRM.isIdentical(problem.referencePoint().layer(l), copy.referencePoint().layer(l), 0));
            }
        }
    }

    @Test
    void lowRankGroundTruthHasRequestedRank() {
        SyntheticProblemSpec spec = new SyntheticProblemSpec(2, 6, 6, 3, WidthSpec.fixed(8), 2,
                ObservationSpec.identity(), WeightDecaySpec.constant(0.1), 4);
        DmfProblem problem = SyntheticProblemGenerator.generate(spec);
        assertEquals(2, org.ejml.dense.row.MatrixFeatures_DDRM.rank(problem.target(), 1e-10));
    }

    @Test
    void balancedFactorizationReproducesTarget() {
        DMatrixRMaj target = RandomMatrices_DDRM.rectangleGaussian(5, 3, 0, 1, new Random(2));
        Factorization factors = BalancedFactorization.of(target, new int[] {3, 4, 6, 5});
        assertEquals(0.0, BalancedFactorization.relativeError(factors, target), 1e-12);
    }

    @Test
    void targetBuilderStandardisesColumns() {
        DMatrixRMaj data = RandomMatrices_DDRM.rectangleGaussian(8, 3, 5, 9, new Random(3));
        TargetProblemSpec spec = new TargetProblemSpec(2, 2, WidthSpec.fixed(3), Standardisation.STANDARDIZE_COLUMNS,
                ObservationSpec.identity(), WeightDecaySpec.constant(0.2), 1);

        DmfProblem problem = TargetProblemBuilder.build(data, spec);

        for (int c = 0; c < 3; c++) {
            double mean = 0;
            double squares = 0;
            for (int r = 0; r < 8; r++) {
                mean += problem.target().get(r, c);
                squares += problem.target().get(r, c) * problem.target().get(r, c);
            }
            assertEquals(0.0, mean / 8, 1e-12, "mean of column " + c);
            assertEquals(1.0, squares / 7, 1e-12, "variance of column " + c);
        }
        assertEquals(0.0, BalancedFactorization.relativeError(problem.referencePoint(), problem.target()), 1e-12);
    }

    @Test
    void badInputsNameFieldAndValue() {
        assertMessage("agents must be at least 2 but is 1",
                () -> SyntheticProblemSpec.reference(1, 3, 2, 0));
        assertMessage("depth must be at least 1 but is 0",
                () -> SyntheticProblemSpec.reference(3, 3, 0, 0));
        assertMessage("weight decay must be finite and >= 0 but is -0.5", () -> WeightDecaySpec.constant(-0.5));
        assertMessage("weight decay list has 2 values but there are 3 agents",
                () -> WeightDecaySpec.list(0.1, 0.2).sample(3, new Random(0)));
        DMatrixRMaj withNaN = new DMatrixRMaj(2, 2);
        withNaN.set(1, 0, Double.NaN);
        assertMessage("target matrix has the non-finite value NaN at row 1, column 0",
                () -> TargetProblemBuilder.build(withNaN, new TargetProblemSpec(2, 1, WidthSpec.fixed(2),
                        Standardisation.NONE, ObservationSpec.identity(), WeightDecaySpec.constant(0), 0)));
        assertMessage("needs about",
                () -> SyntheticProblemGenerator.generate(SyntheticProblemSpec.reference(1000, 20000, 2, 0)));
    }

    private static void assertMessage(String expectedPart, org.junit.jupiter.api.function.Executable executable) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(error.getMessage().contains(expectedPart), error.getMessage());
    }
}
