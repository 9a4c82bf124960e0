package org.distdmf.core.problem;

/**
 * Rough memory estimates checked before allocating, so that an oversized request fails at once with
 * a message instead of an {@link OutOfMemoryError} deep inside a run.
 *
 * <p>NOTE: these are estimates of the dominant arrays (8 bytes per double), not measurements; the JVM
 * needs headroom beyond them, so the check rejects requests above 80 % of the maximum heap.
 */
public final class MemoryEstimate {

    private static final double HEAP_SHARE = 0.8;

    private MemoryEstimate() {
    }

    /** Checks the operators and measurements of {@code agents} agents observing a {@code rows x columns} target. */
    public static void checkProblem(int agents, int rows, int columns, int measurementsPerAgent) {
        double doubles = (double) agents * ((double) measurementsPerAgent * rows + (double) measurementsPerAgent * columns
                + (double) rows * columns);
        check("problem data of " + agents + " agents with a " + rows + " x " + columns + " target", doubles);
    }

    /**
     * Checks DGD training state: per agent the parameters, the next iterate, the gradient and the
     * eigen-solver's Krylov basis of up to 40 vectors.
     */
    public static void checkTraining(int agents, int[] widths) {
        long parameters = 0;
        for (int l = 1; l < widths.length; l++) {
            parameters += (long) widths[l] * widths[l - 1];
        }
        double doubles = (double) agents * parameters * 4 + (double) parameters * 40;
        check("training state of " + agents + " agents with " + parameters + " parameters each", doubles);
    }

    /**
     * Checks dense arrays of {@code doubles} values in total; {@code what} names them in the message.
     *
     * @throws IllegalArgumentException when they would not fit in 80 % of the maximum heap
     */
    public static void checkDense(String what, double doubles) {
        check(what, doubles);
    }

    private static void check(String what, double doubles) {
        double bytes = doubles * Double.BYTES;
        double available = Runtime.getRuntime().maxMemory() * HEAP_SHARE;
        if (bytes > available) {
            throw new IllegalArgumentException(String.format(
                    "the %s needs about %.1f GiB but the Java heap allows %.1f GiB; reduce the sizes or raise -Xmx",
                    what, bytes / (1L << 30), available / (1L << 30)));
        }
    }
}
