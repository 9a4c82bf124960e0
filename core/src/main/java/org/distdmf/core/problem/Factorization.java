package org.distdmf.core.problem;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The factors of a depth-L factorization {@code X = W_L ... W_1}, with {@code W_l} of shape
 * {@code d_l x d_(l-1)}, {@code d_0 = p} columns of the target and {@code d_L = m} rows.
 *
 * <p>Layer {@code l} (1-based in the mathematics) is {@code layer(l - 1)} here. The flat parameter
 * vector used by the eigen-solvers lists the layers from {@code W_1} to {@code W_L}, each in
 * row-major order.
 */
public final class Factorization {

    private final int[] widths;
    private final DMatrixRMaj[] layers;

    private Factorization(int[] widths, DMatrixRMaj[] layers) {
        this.widths = widths;
        this.layers = layers;
    }

    /**
     * Creates zero factors for the widths {@code d_0 .. d_L}.
     *
     * @throws IllegalArgumentException when there are fewer than two widths (depth 0) or a width is not positive
     */
    public static Factorization zeros(int[] widths) {
        checkWidths(widths);
        DMatrixRMaj[] layers = new DMatrixRMaj[widths.length - 1];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new DMatrixRMaj(widths[l + 1], widths[l]);
        }
        return new Factorization(widths.clone(), layers);
    }

    /** Wraps copies of the given layers {@code W_1 .. W_L}, checking that consecutive shapes chain. */
    public static Factorization of(DMatrixRMaj... layers) {
        if (layers.length == 0) {
            throw new IllegalArgumentException("depth must be at least 1 but no layer was given");
        }
        int[] widths = new int[layers.length + 1];
        widths[0] = layers[0].numCols;
        for (int l = 0; l < layers.length; l++) {
            if (layers[l].numCols != widths[l]) {
                throw new IllegalArgumentException("layer " + (l + 1) + " has " + layers[l].numCols
                        + " columns but layer " + l + " has " + widths[l] + " rows; W_l must be d_l x d_(l-1)");
            }
            widths[l + 1] = layers[l].numRows;
        }
        DMatrixRMaj[] copies = new DMatrixRMaj[layers.length];
        for (int l = 0; l < layers.length; l++) {
            copies[l] = layers[l].copy();
        }
        return new Factorization(widths, copies);
    }

    static void checkWidths(int[] widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("depth must be at least 1 but the widths " + Arrays.toString(widths)
                    + " give depth " + Math.max(0, widths.length - 1));
        }
        for (int l = 0; l < widths.length; l++) {
            if (widths[l] <= 0) {
                throw new IllegalArgumentException("width d_" + l + " must be positive but is " + widths[l]);
            }
        }
    }

    /** Number of layers {@code L}. */
    public int depth() {
        return layers.length;
    }

    /** Widths {@code d_0 .. d_L} (a copy). */
    public int[] widths() {
        return widths.clone();
    }

    /** Returns layer {@code W_(index+1)} itself, not a copy, so callers may update it in place. */
    public DMatrixRMaj layer(int index) {
        return layers[index];
    }

    /** Number of scalar parameters {@code sum_l d_l d_(l-1)}. */
    public int parameterCount() {
        return parameterCount(widths);
    }

    /** Number of scalar parameters of a factorization with the given widths. */
    public static int parameterCount(int[] widths) {
        long count = 0;
        for (int l = 1; l < widths.length; l++) {
            count += (long) widths[l] * widths[l - 1];
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the factorization has " + count
                    + " parameters, more than one array can hold; reduce the widths or the depth");
        }
        return (int) count;
    }

    /** Returns a deep copy. */
    public Factorization copy() {
        DMatrixRMaj[] copies = new DMatrixRMaj[layers.length];
        for (int l = 0; l < layers.length; l++) {
            copies[l] = layers[l].copy();
        }
        return new Factorization(widths, copies);
    }

    /** Returns whether the other factorization has the same widths. */
    public boolean sameShape(Factorization other) {
        return Arrays.equals(widths, other.widths);
    }

    /** Copies the parameters into {@code flat} (length {@link #parameterCount()}), layer by layer, row-major. */
    public void copyTo(double[] flat) {
        int offset = 0;
        for (DMatrixRMaj layer : layers) {
            int size = layer.getNumElements();
            System.arraycopy(layer.data, 0, flat, offset, size);
            offset += size;
        }
    }

    /** Sets the parameters from {@code flat}, laid out as in {@link #copyTo(double[])}. */
    public void copyFrom(double[] flat) {
        int offset = 0;
        for (DMatrixRMaj layer : layers) {
            int size = layer.getNumElements();
            System.arraycopy(flat, offset, layer.data, 0, size);
            offset += size;
        }
    }

    /** Sets every parameter from another factorization of the same shape. */
    public void set(Factorization other) {
        for (int l = 0; l < layers.length; l++) {
            layers[l].setTo(other.layers[l]);
        }
    }

    /** Returns the end-to-end product {@code W_L ... W_1} as a new {@code d_L x d_0} matrix. */
    public DMatrixRMaj product() {
        DMatrixRMaj result = layers[0].copy();
        for (int l = 1; l < layers.length; l++) {
            DMatrixRMaj next = new DMatrixRMaj(layers[l].numRows, result.numCols);
            CommonOps_DDRM.mult(layers[l], result, next);
            result = next;
        }
        return result;
    }

    /** Returns {@code sum_l ||W_l||_F^2}. */
    public double squaredNorm() {
        double sum = 0;
        for (DMatrixRMaj layer : layers) {
            double[] data = layer.data;
            int size = layer.getNumElements();
            for (int k = 0; k < size; k++) {
                sum += data[k] * data[k];
            }
        }
        return sum;
    }

    /** Returns whether every parameter is finite. */
    public boolean isFinite() {
        for (DMatrixRMaj layer : layers) {
            double[] data = layer.data;
            int size = layer.getNumElements();
            for (int k = 0; k < size; k++) {
                if (!Double.isFinite(data[k])) {
                    return false;
                }
            }
        }
        return true;
    }
}
