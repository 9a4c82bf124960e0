package org.distdmf.core.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Rule that derives the mixing matrix {@code V} from the communication graph. Every rule gives a
 * symmetric matrix with unit row sums that is zero between non-neighbours. {@link MixingMatrices}
 * implements the formulas.
 *
 * <p>Reference: L. Xiao and S. Boyd, "Fast linear iterations for distributed averaging",
 * Systems and Control Letters 53 (2004), which compares these heuristics.
 */
public enum MixingRule {
    /** {@code V_ij = 1 / (1 + max(deg_i, deg_j))} on edges, {@code V_ii = 1 - sum_{j != i} V_ij}. */
    METROPOLIS_HASTINGS("metropolis_hastings"),
    /** {@code V_ij = 1 / (1 + deg_max)} on edges, {@code V_ii = 1 - deg_i / (1 + deg_max)}. */
    MAX_DEGREE("max_degree"),
    /** {@code (I + V_MH) / 2}: every eigenvalue lies in {@code [0, 1]}. */
    LAZY_METROPOLIS("lazy_metropolis"),
    /**
     * {@code I - alpha L} with {@code alpha = 2 / (lambda_max(L) + lambda_2(L))}; the only rule
     * whose diagonal may be negative.
     */
    BEST_CONSTANT("best_constant"),
    /** A matrix the user supplies, validated by {@link MixingMatrixValidator}. */
    USER("user");

    private final String id;

    MixingRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Parses an {@link #id()} or constant name, ignoring case and treating {@code -} as {@code _}.
     *
     * @throws IllegalArgumentException naming the value and the known rules
     */
    public static MixingRule fromId(String text) {
        String normalized = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (MixingRule rule : values()) {
            if (rule.id.equals(normalized)) {
                return rule;
            }
        }
        String known = Arrays.stream(values()).map(MixingRule::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown mixing rule '" + text + "'; use one of " + known);
    }
}
