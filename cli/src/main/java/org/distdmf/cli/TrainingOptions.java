package org.distdmf.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.Initialisation;
import org.distdmf.core.train.StepSizes;
import org.distdmf.core.train.UpdateRule;

import picocli.CommandLine.Option;

/** DGD options shared by {@code train} and the sweeps: consensus rounds, starting point and stopping rule. */
final class TrainingOptions {

    static final Map<String, UpdateRule> UPDATE_RULES = new LinkedHashMap<>();
    static final Map<String, Initialisation.Kind> STARTS = new LinkedHashMap<>();
    static final Map<String, Initialisation.Direction> DIRECTIONS = new LinkedHashMap<>();

    static {
        UPDATE_RULES.put("cta", UpdateRule.COMBINE_THEN_ADAPT);
        UPDATE_RULES.put("atc", UpdateRule.ADAPT_THEN_COMBINE);
        // The KNIME nodes store these longer ids; accepting them keeps one vocabulary across both.
        UPDATE_RULES.put("combine_then_adapt", UpdateRule.COMBINE_THEN_ADAPT);
        UPDATE_RULES.put("adapt_then_combine", UpdateRule.ADAPT_THEN_COMBINE);
        STARTS.put("near_reference", Initialisation.Kind.NEAR_REFERENCE);
        STARTS.put("random", Initialisation.Kind.RANDOM_GAUSSIAN);
        DIRECTIONS.put("top_curvature", Initialisation.Direction.TOP_CURVATURE);
        DIRECTIONS.put("random", Initialisation.Direction.RANDOM);
    }

    /** Largest accepted iteration count, the same as the KNIME trainer's, because a larger value is almost certainly a typo. */
    static final int MAX_ITERATIONS = 10_000_000;

    /** Help text of the update-rule option, shared by the commands that name it differently. */
    static final String UPDATE_RULE_HELP = "Order of the DGD steps: cta or combine_then_adapt "
            + "(theta_i <- sum_j V_ij theta_j - eta_i grad L_i(theta_i)), or atc or adapt_then_combine "
            + "(theta_i <- sum_j V_ij (theta_j - eta_j grad L_j(theta_j))) (default: ${DEFAULT-VALUE}).";

    @Option(names = "--rounds", defaultValue = "1", paramLabel = "T",
            description = "Consensus rounds per iteration: the combine step applies V^T (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--init", defaultValue = "near_reference", paramLabel = "KIND",
            description = "Starting point: near_reference (theta* + r u, theta* the ground truth or the balanced "
                    + "factorization of a data target, u a unit direction) or random (Gaussian entries "
                    + "scale * N(0, 1/d_(l-1))) (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--init-scale", paramLabel = "R",
            description = "Distance r of a near_reference start from theta* (Frobenius norm of all factors), or the "
                    + "entry scale of a random start (default: 1e-3 for near_reference, 1 for random).")
    Double startScale;

    /** Null when not given: a random start has no direction, so giving one with it is rejected. */
    @Option(names = "--direction", paramLabel = "DIR",
            description = "Direction u of a near_reference start: top_curvature (top Hessian eigenvector at theta*) or "
                    + "random (a random unit vector) (default: top_curvature).")
    String direction;

    @Option(names = "--different-starts",
            description = "Give every agent its own starting point (its own direction or random draw); "
                    + "without it all agents start at the same point.")
    boolean differentStarts;

    @Option(names = "--divergence-threshold", defaultValue = "1e4", paramLabel = "X",
            description = "A run stops as diverged when NMSE (or, without a known target, the objective relative to "
                    + "its start) exceeds X or any figure is not finite (default: ${DEFAULT-VALUE}).")
    double divergenceThreshold;

    @Option(names = "--tolerance", defaultValue = "1e-6", paramLabel = "TOL",
            description = "Relative residual tolerance of the Lanczos eigen-solves for lambda_max(H_i) "
                    + "(default: ${DEFAULT-VALUE}).")
    double tolerance;

    static UpdateRule updateRule(String option, String text) {
        return Checks.choice(option, text, UPDATE_RULES);
    }

    /** Builds the run's settings; every value is checked and a bad one named by its option. */
    DgdSettings settings(int iterations, UpdateRule rule, StepSizes stepSizes, int sharpnessEvery, int threads, long seed) {
        Checks.atLeast("--iterations", iterations, 0);
        Checks.atMost("--iterations", iterations, MAX_ITERATIONS);
        Checks.atLeast("--rounds", rounds, 1);
        Checks.atLeast("--sharpness-every", sharpnessEvery, 0);
        Checks.positive("--divergence-threshold", divergenceThreshold);
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("--tolerance must be in (0, 1) but is " + tolerance);
        }
        Initialisation.Kind kind = Checks.choice("--init", start, STARTS);
        if (direction != null && kind != Initialisation.Kind.NEAR_REFERENCE) {
            throw new IllegalArgumentException("--direction " + direction + " applies only to --init near_reference; "
                    + "a random start has no direction, so drop --direction or use --init near_reference");
        }
        Initialisation.Direction startDirection = direction != null ? Checks.choice("--direction", direction, DIRECTIONS)
                : Initialisation.Direction.TOP_CURVATURE;
        double scale;
        if (startScale != null) {
            scale = startScale;
        } else {
            scale = kind == Initialisation.Kind.NEAR_REFERENCE ? 1e-3 : 1.0;
        }
        Checks.nonNegative("--init-scale", scale);
        Initialisation initialisation = new Initialisation(kind, scale, startDirection, !differentStarts);
        return new DgdSettings(iterations, rule, rounds, stepSizes, initialisation, sharpnessEvery, divergenceThreshold,
                tolerance, threads, seed);
    }
}
