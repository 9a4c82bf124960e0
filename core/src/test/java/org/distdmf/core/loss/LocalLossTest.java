package org.distdmf.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.distdmf.core.problem.AgentData;
import org.distdmf.core.problem.Factorization;
import org.distdmf.core.problem.Observation;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class LocalLossTest {

    private static final int[] WIDTHS = {3, 5, 4, 6, 2};

    @ParameterizedTest
    @EnumSource(Observation.class)
    void gradientMatchesCentralDifferences(Observation observation) {
        Random random = new Random(11);
        LocalLoss loss = new LocalLoss(randomAgent(observation, random, 0.7), WIDTHS);
        Factorization point = randomFactorization(random, 0.8);
        Factorization gradient = Factorization.zeros(WIDTHS);

        loss.evaluate(point);
        loss.gradient(gradient);

        double[] flatPoint = flat(point);
        double[] flatGradient = flat(gradient);
        double step = 1e-6;
        for (int k = 0; k < flatPoint.length; k++) {
            double[] plus = flatPoint.clone();
            double[] minus = flatPoint.clone();
            plus[k] += step;
            minus[k] -= step;
            double difference = (valueAt(loss, plus) - valueAt(loss, minus)) / (2 * step);
            assertEquals(difference, flatGradient[k], 1e-6 * Math.max(1, Math.abs(difference)), "component " + k);
        }
    }

    @ParameterizedTest
    @EnumSource(Observation.class)
    void hessianProductMatchesCentralDifferences(Observation observation) {
        Random random = new Random(12);
        AgentData agent = randomAgent(observation, random, 0.4);
        LocalLoss loss = new LocalLoss(agent, WIDTHS);
        Factorization point = randomFactorization(random, 0.8);
        double[] u = randomVector(random, point.parameterCount());

        loss.evaluate(point);
        double[] product = new double[u.length];
        loss.hessianVectorProduct(u, product);

        double step = 1e-5;
        double[] flatPoint = flat(point);
        double[] plus = gradientAt(loss, axpy(flatPoint, step, u));
        double[] minus = gradientAt(loss, axpy(flatPoint, -step, u));
        for (int k = 0; k < u.length; k++) {
            double difference = (plus[k] - minus[k]) / (2 * step);
            assertEquals(difference, product[k], 1e-5 * Math.max(1, Math.abs(difference)), "component " + k);
        }
    }

    @Test
    void hessianIsSymmetric() {
        Random random = new Random(13);
        LocalLoss loss = new LocalLoss(randomAgent(Observation.SENSING, random, 0.3), WIDTHS);
        Factorization point = randomFactorization(random, 1.0);
        loss.evaluate(point);
        int n = point.parameterCount();

        DMatrixRMaj hessian = denseHessian(loss, n);

        for (int r = 0; r < n; r++) {
            for (int c = 0; c < r; c++) {
                double scale = Math.max(1, Math.abs(hessian.get(r, c)));
                assertEquals(hessian.get(r, c), hessian.get(c, r), 1e-10 * scale, "entry (" + r + ", " + c + ")");
            }
        }
    }

    @Test
    void lossValueMatchesDefinition() {
        Random random = new Random(14);
        AgentData agent = randomAgent(Observation.SENSING, random, 0.5);
        LocalLoss loss = new LocalLoss(agent, WIDTHS);
        Factorization point = randomFactorization(random, 1.0);

        DMatrixRMaj residual = new DMatrixRMaj(agent.measurements().numRows, agent.measurements().numCols);
        CommonOps_DDRM.mult(agent.operator(), point.product(), residual);
        CommonOps_DDRM.subtractEquals(residual, agent.measurements());
        double expected = CommonOps_DDRM.elementSum(elementSquare(residual)) + 0.5 * point.squaredNorm();

        assertEquals(expected, loss.evaluate(point), 1e-12 * expected);
    }

    /**
     * At a balanced minimiser of ||W_L ... W_1 - M||_F^2 (every layer carries s_k(M)^(1/L)), the
     * sharpness is 2 L s_1(M)^(2 - 2/L): twice the value known for the loss with a factor 1/2.
     */
    @Test
    void balancedMinimiserSharpnessMatchesClosedForm() {
        int size = 3;
        int depth = 4;
        double[] singularValues = {2.0, 1.3, 0.6};
        Random random = new Random(15);
        DMatrixRMaj left = randomOrthogonal(size, random);
        DMatrixRMaj right = randomOrthogonal(size, random);
        DMatrixRMaj target = new DMatrixRMaj(size, size);
        DMatrixRMaj root = new DMatrixRMaj(size, size);
        for (int k = 0; k < size; k++) {
            root.set(k, k, Math.pow(singularValues[k], 1.0 / depth));
        }
        DMatrixRMaj[] layers = new DMatrixRMaj[depth];
        layers[0] = new DMatrixRMaj(size, size);
        CommonOps_DDRM.multTransB(root, right, layers[0]);
        for (int l = 1; l < depth - 1; l++) {
            layers[l] = root.copy();
        }
        layers[depth - 1] = new DMatrixRMaj(size, size);
        CommonOps_DDRM.mult(left, root, layers[depth - 1]);
        Factorization minimiser = Factorization.of(layers);
        target.setTo(minimiser.product());

        LocalLoss loss = new LocalLoss(new AgentData(0, Observation.IDENTITY, null, target, 0.0), minimiser.widths());
        assertEquals(0.0, loss.evaluate(minimiser), 1e-20);

        double largest = largestEigenvalue(denseHessian(loss, minimiser.parameterCount()));
        double expected = 2 * depth * Math.pow(singularValues[0], 2 - 2.0 / depth);
        assertEquals(expected, largest, 1e-9 * expected);
    }

    // ---- helpers shared by the tests above ----

    static AgentData randomAgent(Observation observation, Random random, double weightDecay) {
        int rows = WIDTHS[WIDTHS.length - 1];
        int columns = WIDTHS[0];
        switch (observation) {
            case SENSING: {
                DMatrixRMaj a = RandomMatrices_DDRM.rectangleGaussian(4, rows, 0, 1, random);
                DMatrixRMaj y = RandomMatrices_DDRM.rectangleGaussian(4, columns, 0, 1, random);
                return new AgentData(0, observation, a, y, weightDecay);
            }
            case MASK: {
                DMatrixRMaj mask = new DMatrixRMaj(rows, columns);
                for (int k = 0; k < mask.getNumElements(); k++) {
                    mask.data[k] = random.nextBoolean() ? 1 : 0;
                }
                DMatrixRMaj y = RandomMatrices_DDRM.rectangleGaussian(rows, columns, 0, 1, random);
                CommonOps_DDRM.elementMult(y, mask);
                return new AgentData(0, observation, mask, y, weightDecay);
            }
            default:
                return new AgentData(0, observation, null,
                        RandomMatrices_DDRM.rectangleGaussian(rows, columns, 0, 1, random), weightDecay);
        }
    }

    static Factorization randomFactorization(Random random, double scale) {
        Factorization factorization = Factorization.zeros(WIDTHS);
        for (int l = 0; l < factorization.depth(); l++) {
            DMatrixRMaj layer = factorization.layer(l);
            for (int k = 0; k < layer.getNumElements(); k++) {
                layer.data[k] = scale * random.nextGaussian() / Math.sqrt(layer.numCols);
            }
        }
        return factorization;
    }

    static DMatrixRMaj denseHessian(LocalLoss loss, int n) {
        DMatrixRMaj hessian = new DMatrixRMaj(n, n);
        double[] unit = new double[n];
        double[] column = new double[n];
        for (int c = 0; c < n; c++) {
            unit[c] = 1;
            loss.hessianVectorProduct(unit, column);
            unit[c] = 0;
            for (int r = 0; r < n; r++) {
                hessian.set(r, c, column[r]);
            }
        }
        return hessian;
    }

    static double largestEigenvalue(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        assertTrue(eigen.decompose(symmetric.copy()));
        double largest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < eigen.getNumberOfEigenvalues(); k++) {
            largest = Math.max(largest, eigen.getEigenvalue(k).real);
        }
        return largest;
    }

    private static DMatrixRMaj randomOrthogonal(int size, Random random) {
        return RandomMatrices_DDRM.orthogonal(size, size, random);
    }

    private static DMatrixRMaj elementSquare(DMatrixRMaj matrix) {
        DMatrixRMaj squared = matrix.copy();
        CommonOps_DDRM.elementMult(squared, matrix);
        return squared;
    }

    private static double[] flat(Factorization factorization) {
        double[] values = new double[factorization.parameterCount()];
        factorization.copyTo(values);
        return values;
    }

    private static double valueAt(LocalLoss loss, double[] flatPoint) {
        Factorization point = Factorization.zeros(WIDTHS);
        point.copyFrom(flatPoint);
        return loss.evaluate(point);
    }

    private static double[] gradientAt(LocalLoss loss, double[] flatPoint) {
        Factorization point = Factorization.zeros(WIDTHS);
        point.copyFrom(flatPoint);
        loss.evaluate(point);
        Factorization gradient = Factorization.zeros(WIDTHS);
        loss.gradient(gradient);
        return flat(gradient);
    }

    private static double[] axpy(double[] x, double alpha, double[] y) {
        double[] result = x.clone();
        for (int k = 0; k < result.length; k++) {
            result[k] += alpha * y[k];
        }
        return result;
    }

    private static double[] randomVector(Random random, int n) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = random.nextGaussian();
        }
        return values;
    }
}
