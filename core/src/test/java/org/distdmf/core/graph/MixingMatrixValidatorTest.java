package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MixingMatrixValidatorTest {

    private static final double TOLERANCE = 1e-12;

    /** Path 0 - 1 - 2 with Metropolis-Hastings weights. */
    private final CommunicationGraph path = new PathTopology(3).generate(null);

    private DMatrixRMaj valid() {
        return new DMatrixRMaj(3, 3, true,
                2.0 / 3, 1.0 / 3, 0.0,
                1.0 / 3, 1.0 / 3, 1.0 / 3,
                0.0, 1.0 / 3, 2.0 / 3);
    }

    private String messageOf(DMatrixRMaj v) {
        return assertThrows(IllegalArgumentException.class,
                () -> MixingMatrixValidator.validate(v, path, TOLERANCE)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "message '" + message + "' lacks '" + part + "'");
        }
    }

    @Test
    void acceptsMetropolisMatrix() {
        MixingMatrixValidator.validate(valid(), path, TOLERANCE);
        MixingMatrixValidator.validate(MixingMatrices.metropolisHastings(path), path, TOLERANCE);
    }

    @Test
    void wrongShapeNamesBothShapes() {
        assertMentions(messageOf(new DMatrixRMaj(3, 4)), "3 x 4", "3 agents", "3 x 3");
    }

    @Test
    void nonFiniteEntryNamesPosition() {
        DMatrixRMaj v = valid();
        v.set(2, 1, Double.NaN);

        assertMentions(messageOf(v), "V(2,1) = NaN", "finite");
    }

    @Test
    void asymmetryNamesWorstPairAndDifference() {
        DMatrixRMaj v = valid();
        v.set(0, 1, 0.3);
        v.set(0, 0, 0.7);
        v.set(1, 2, 0.3 + 1e-3);

        assertMentions(messageOf(v), "not symmetric", "V(0,1) = 0.3", "V(1,0) = 0.333", "difference of 0.0333");
    }

    @Test
    void negativeEntryIsNamed() {
        DMatrixRMaj v = new DMatrixRMaj(3, 3, true,
                1.2, -0.2, 0.0,
                -0.2, 0.2, 1.0,
                0.0, 1.0, 0.0);

        assertMentions(messageOf(v), "V(0,1) = -0.2", "non-negative");
    }

    @Test
    void negativeDiagonalAllowedOnlyOnRequest() {
        DMatrixRMaj v = new DMatrixRMaj(3, 3, true,
                0.5, 0.5, 0.0,
                0.5, -0.3, 0.8,
                0.0, 0.8, 0.2);

        assertMentions(messageOf(v), "V(1,1) = -0.3");
        MixingMatrixValidator.validate(v, path, TOLERANCE, true);
    }

    @Test
    void rowSumNamesRowAndSum() {
        DMatrixRMaj v = valid();
        v.set(2, 2, 0.5);

        assertMentions(messageOf(v), "row 2", "sums to 0.8333", "sum to 1");
    }

    @Test
    void supportOutsideGraphNamesEntryAndAgents() {
        DMatrixRMaj v = new DMatrixRMaj(3, 3, true,
                0.5, 0.25, 0.25,
                0.25, 0.5, 0.25,
                0.25, 0.25, 0.5);

        assertMentions(messageOf(v), "V(0,2) = 0.25", "agents 0 and 2 are not neighbours");
    }

    @Test
    void invalidToleranceIsNamed() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> MixingMatrixValidator.validate(valid(), path, -1.0)).getMessage();

        assertMentions(message, "tolerance = -1.0");
    }

    @Test
    void toleranceAbsorbsRounding() {
        DMatrixRMaj v = valid();
        v.set(0, 0, 2.0 / 3 + 1e-13);

        MixingMatrixValidator.validate(v, path, TOLERANCE);
        assertMentions(messageOf(withOffset(v, 1e-9)), "row 0");
    }

    private static DMatrixRMaj withOffset(DMatrixRMaj v, double offset) {
        DMatrixRMaj shifted = v.copy();
        shifted.set(0, 0, v.get(0, 0) + offset);
        return shifted;
    }
}
