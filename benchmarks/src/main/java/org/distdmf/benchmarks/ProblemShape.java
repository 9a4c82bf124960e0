package org.distdmf.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.SyntheticProblemGenerator;
import org.distdmf.core.problem.SyntheticProblemSpec;
import org.ejml.data.DMatrixRMaj;

/**
 * The size of a benchmark problem, parsed from a JMH parameter such as {@code n20-d10-L20}: {@code n}
 * agents, a {@code d x d} target and depth {@code L}.
 *
 * @param agents number of agents {@code n}
 * @param size rows and columns {@code d} of the target
 * @param depth number of layers {@code L}
 */
record ProblemShape(int agents, int size, int depth) {

    /** Seed of every benchmark problem, so that all benchmarks of one shape see the same widths and data. */
    static final long SEED = 20240601L;

    /** Reference experiment 1 ({@code n = 20, d = 10, L = 20}). */
    static final String REFERENCE = "n20-d10-L20";

    /** A wider, shallower problem where matrix products dominate ({@code n = 20, d = 100, L = 10}). */
    static final String WIDE = "n20-d100-L10";

    private static final Pattern FORMAT = Pattern.compile("n(\\d+)-d(\\d+)-L(\\d+)");

    /**
     * Parses {@code n<agents>-d<size>-L<depth>}.
     *
     * @throws IllegalArgumentException when the text has another form
     */
    static ProblemShape parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("problem shape must look like n20-d10-L20 but is '" + text + "'");
        }
        return new ProblemShape(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    /**
     * Generates the reference experiments' synthetic problem of this shape: hidden widths uniform in
     * {@code [d, 3d]}, Gaussian sensing with {@code k_i = d}, {@code tau_i ~ U(0.1, 0.9)}.
     */
    DmfProblem generate() {
        return SyntheticProblemGenerator.generate(SyntheticProblemSpec.reference(agents, size, depth, SEED));
    }

    /**
     * Returns the mixing matrix of the complete graph, {@code V_ij = 1/n} for every pair. It is
     * symmetric and doubly stochastic, with eigenvalues 1 and 0. The combine step then reads every
     * agent's iterate, the most work any graph can cause, so the figures are an upper bound for sparser
     * graphs such as the reference experiments' Erdos-Renyi graph with {@code p = 0.8}.
     */
    static DMatrixRMaj completeGraphMixing(int agents) {
        DMatrixRMaj mixing = new DMatrixRMaj(agents, agents);
        mixing.fill(1.0 / agents);
        return mixing;
    }
}
