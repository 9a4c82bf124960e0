package org.distdmf.core.train;

/**
 * Starting point of DGD.
 *
 * @param kind near the reference point or random Gaussian
 * @param scale radius {@code r} of the perturbation for {@link Kind#NEAR_REFERENCE}, or the entry scale
 *     for {@link Kind#RANDOM_GAUSSIAN} (entries {@code scale * N(0, 1/d_(l-1))})
 * @param direction for {@link Kind#NEAR_REFERENCE}: the top-curvature eigenvector or a random unit direction
 * @param identicalAgents whether every agent starts at the same point
 */
public record Initialisation(Kind kind, double scale, Direction direction, boolean identicalAgents) {

    /** The starting point's family. */
    public enum Kind {
        /** {@code theta* + r u} with {@code theta*} the problem's reference point and {@code u} a unit direction. */
        NEAR_REFERENCE,
        /** Independent Gaussian entries. */
        RANDOM_GAUSSIAN
    }

    /** The direction {@code u} of a start near the reference point. */
    public enum Direction {
        /**
         * The top eigenvector of the Hessian at the reference point: of the mean Hessian
         * {@code (1/n) sum_i H_i} when agents start identically, else of each agent's own {@code H_i}.
         */
        TOP_CURVATURE,
        /** A random unit direction. */
        RANDOM
    }

    /** Checks the scale, naming it. */
    public Initialisation {
        if (kind == null || direction == null) {
            throw new IllegalArgumentException("initialisation kind and direction must be given");
        }
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("initialisation scale must be finite and >= 0 but is " + scale);
        }
    }

    /** Returns the reference experiments' start: {@code theta* + r u} along the top curvature, the same for every agent. */
    public static Initialisation nearReference(double radius) {
        return new Initialisation(Kind.NEAR_REFERENCE, radius, Direction.TOP_CURVATURE, true);
    }
}
