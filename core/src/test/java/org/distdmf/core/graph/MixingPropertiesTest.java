package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of every graph family and mixing rule over random sizes, parameters and seeds. */
class MixingPropertiesTest {

    /** Picks valid parameters for {@code family} from {@code n} and two free draws. */
    static GraphSpec specFor(GraphFamily family, int n, double unit, int choice) {
        switch (family) {
            case COMPLETE:
                return GraphSpec.complete(n);
            case RING:
                return GraphSpec.ring(n);
            case PATH:
                return GraphSpec.path(n);
            case STAR:
                return GraphSpec.star(n);
            case GRID:
                return GraphSpec.grid(2 + n % 4, 2 + choice % 5);
            case TORUS:
                return GraphSpec.torus(3 + n % 3, 3 + choice % 4);
            case ERDOS_RENYI:
                return GraphSpec.erdosRenyi(n, unit);
            case RANDOM_REGULAR: {
                int k = 1 + choice % (n - 1);
                if ((k * n) % 2 != 0) {
                    k++;
                }
                return GraphSpec.randomRegular(n, k);
            }
            case WATTS_STROGATZ:
                return GraphSpec.wattsStrogatz(n, 2 * (1 + choice % ((n - 1) / 2)), unit);
            case BARABASI_ALBERT: {
                int m = 1 + choice % Math.min(n, 4);
                int m0 = m + choice % (n - m + 1);
                return GraphSpec.barabasiAlbert(n, m0, m);
            }
            case RANDOM_GEOMETRIC:
                return GraphSpec.randomGeometric(n, 1.5 * unit);
            default:
                throw new AssertionError(family);
        }
    }

    @Provide
    Arbitrary<MixingRule> formulaRules() {
        return Arbitraries.of(MixingRule.METROPOLIS_HASTINGS, MixingRule.MAX_DEGREE, MixingRule.LAZY_METROPOLIS,
                MixingRule.BEST_CONSTANT);
    }

    @Property(tries = 400)
    void everyRuleGivesValidMixingMatrix(@ForAll GraphFamily family, @ForAll("formulaRules") MixingRule rule,
            @ForAll @IntRange(min = 3, max = 24) int n, @ForAll @DoubleRange(min = 0.0, max = 1.0) double unit,
            @ForAll @IntRange(min = 0, max = 1000) int choice, @ForAll long seed) {
        GraphSpec spec = specFor(family, n, unit, choice);
        CommunicationGraph graph = GraphFactory.build(spec, ConnectivityPolicy.AS_DRAWN, seed).graph();

        DMatrixRMaj v = MixingMatrices.build(graph, rule);

        int agents = graph.agentCount();
        String context = rule + " on " + spec.describe() + ", seed " + seed;
        for (int i = 0; i < agents; i++) {
            double rowSum = 0.0;
            for (int j = 0; j < agents; j++) {
                double entry = v.get(i, j);
                rowSum += entry;
                assertEquals(entry, v.get(j, i), 0.0, "symmetry of V(" + i + "," + j + ") for " + context);
                if (i != j && !graph.hasEdge(i, j)) {
                    assertEquals(0.0, entry, 0.0, "support of V(" + i + "," + j + ") for " + context);
                }
                boolean negativeAllowed = rule == MixingRule.BEST_CONSTANT && i == j;
                if (!negativeAllowed) {
                    assertTrue(entry >= 0.0, "V(" + i + "," + j + ") = " + entry + " for " + context);
                }
            }
            assertEquals(1.0, rowSum, 1e-12, "row " + i + " sum for " + context);
        }
        MixingMatrixValidator.validate(v, graph, 1e-12, rule == MixingRule.BEST_CONSTANT);
    }

    @Property(tries = 200)
    void sameSeedGivesSameEdges(@ForAll GraphFamily family, @ForAll @IntRange(min = 3, max = 30) int n,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double unit, @ForAll @IntRange(min = 0, max = 1000) int choice,
            @ForAll long seed) {
        GraphSpec spec = specFor(family, n, unit, choice);

        GraphSample first = GraphFactory.build(spec, ConnectivityPolicy.PATCH_ISOLATED, seed);
        GraphSample second = GraphFactory.build(spec, ConnectivityPolicy.PATCH_ISOLATED, seed);

        assertEquals(first.graph(), second.graph(), spec.describe());
        assertEquals(first.graph().edges().size(), second.graph().edges().size());
        for (int e = 0; e < first.graph().edgeCount(); e++) {
            assertEquals(first.graph().edges().get(e)[0], second.graph().edges().get(e)[0]);
            assertEquals(first.graph().edges().get(e)[1], second.graph().edges().get(e)[1]);
        }
    }

    @Property(tries = 200)
    void patchIsolatedLeavesNoIsolatedAgent(@ForAll GraphFamily family, @ForAll @IntRange(min = 3, max = 30) int n,
            @ForAll @DoubleRange(min = 0.0, max = 0.3) double sparse, @ForAll @IntRange(min = 0, max = 1000) int choice,
            @ForAll long seed) {
        GraphSpec spec = specFor(family, n, sparse, choice);

        GraphSample sample = GraphFactory.build(spec, ConnectivityPolicy.PATCH_ISOLATED, seed);

        assertEquals(0, sample.graph().isolatedAgents().length, spec.describe());
        assertEquals(sample.graph().isConnected(), sample.connected());
    }

    @Property(tries = 100)
    void resampleGivesConnectedGraph(@ForAll @IntRange(min = 3, max = 25) int n,
            @ForAll @DoubleRange(min = 0.25, max = 1.0) double p, @ForAll long seed) {
        // The least likely case, G(3, 0.25), is connected with probability 0.156, so 1000 draws
        // all fail with probability below 1e-70.
        GraphSample sample = GraphFactory.build(GraphSpec.erdosRenyi(n, p), ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED,
                seed);

        assertTrue(sample.connected());
        assertTrue(sample.graph().isConnected());
        assertTrue(sample.draws() >= 1);
    }

    @Property(tries = 100)
    void resampledGeometricGraphIsConnected(@ForAll @IntRange(min = 3, max = 25) int n,
            @ForAll @DoubleRange(min = 0.35, max = 1.0) double radius, @ForAll long seed) {
        GraphSample sample = GraphFactory.build(GraphSpec.randomGeometric(n, radius),
                ConnectivityPolicy.RESAMPLE_UNTIL_CONNECTED, new Random(seed), GraphFactory.DEFAULT_MAX_DRAWS);

        assertTrue(sample.graph().isConnected());
    }
}
