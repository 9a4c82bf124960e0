package org.distdmf.core.stability;

import java.util.function.DoubleUnaryOperator;

import org.distdmf.core.Progress;

/**
 * Finds the critical multiplier {@code c*}: the smallest {@code c > 0} with
 * {@code rho(J(c * eta_bar)) >= 1}, by bracketing from {@code c = 1} (doubling up or halving down) and
 * then bisection.
 *
 * <p>{@code rho} at {@code c = 0} is {@code rho(W) = 1}, so the search only looks at positive {@code c}.
 * When every Hessian has directions of zero curvature (no weight decay), {@code rho} stays at 1 for
 * small {@code c} and no stable multiplier exists; the result carries that as its note instead of returning 0.
 *
 * @param value {@code c*}, the midpoint of the final bracket, or NaN when none was found
 * @param lower largest {@code c} seen with {@code rho < 1} (NaN when none)
 * @param upper smallest {@code c} seen with {@code rho >= 1} (NaN when none)
 * @param evaluations number of spectral-radius evaluations
 * @param note empty when found; otherwise why not
 */
public record CriticalMultiplier(double value, double lower, double upper, int evaluations, String note) {

    /** Smallest multiplier tried when {@code rho(J(1)) >= 1}. */
    public static final double MIN_MULTIPLIER = 1.0 / 1024;

    /**
     * Searches for {@code c*}.
     *
     * @param spectralRadius {@code c -> rho(J(c * eta_bar))}
     * @param maxMultiplier largest {@code c} tried upwards
     * @param relativeTolerance the bracket is narrowed until {@code upper - lower <= relativeTolerance * upper}
     */
    public static CriticalMultiplier search(DoubleUnaryOperator spectralRadius, double maxMultiplier,
            double relativeTolerance, Progress progress) {
        if (!(maxMultiplier > 1)) {
            throw new IllegalArgumentException("largest multiplier searched must be above 1 but is " + maxMultiplier);
        }
        if (!(relativeTolerance > 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("bisection tolerance must be in (0, 1) but is " + relativeTolerance);
        }
        int evaluations = 0;
        double lower;
        double upper;

        progress.checkCancelled();
        double rhoAtOne = spectralRadius.applyAsDouble(1.0);
        evaluations++;
        if (rhoAtOne < 1) {
            lower = 1;
            upper = 2;
            while (true) {
                progress.checkCancelled();
                double rho = spectralRadius.applyAsDouble(upper);
                evaluations++;
                if (rho >= 1) {
                    break;
                }
                lower = upper;
                if (upper >= maxMultiplier) {
                    return new CriticalMultiplier(Double.NaN, lower, Double.NaN, evaluations,
                            "rho(J) < 1 for every multiplier up to " + maxMultiplier);
                }
                upper = Math.min(2 * upper, maxMultiplier);
            }
        } else {
            upper = 1;
            lower = 0.5;
            while (true) {
                progress.checkCancelled();
                double rho = spectralRadius.applyAsDouble(lower);
                evaluations++;
                if (rho < 1) {
                    break;
                }
                upper = lower;
                if (lower <= MIN_MULTIPLIER) {
                    return new CriticalMultiplier(Double.NaN, Double.NaN, upper, evaluations,
                            "rho(J) >= 1 for every multiplier down to " + MIN_MULTIPLIER
                                    + "; some Hessian direction has no curvature (no weight decay?)");
                }
                lower /= 2;
            }
        }

        while (upper - lower > relativeTolerance * upper) {
            progress.checkCancelled();
            double middle = 0.5 * (lower + upper);
            double rho = spectralRadius.applyAsDouble(middle);
            evaluations++;
            if (rho >= 1) {
                upper = middle;
            } else {
                lower = middle;
            }
            progress.report(Math.min(1, evaluations / 20.0), String.format("critical multiplier in [%.5g, %.5g]", lower, upper));
        }
        return new CriticalMultiplier(0.5 * (lower + upper), lower, upper, evaluations, "");
    }

    public boolean found() {
        return !Double.isNaN(value);
    }
}
