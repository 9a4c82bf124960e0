package org.distdmf.core.sweep;

import java.util.ArrayList;
import java.util.List;

import org.distdmf.core.Progress;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.GraphFactory;
import org.distdmf.core.graph.GraphSample;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.graph.MixingRule;
import org.distdmf.core.graph.SpectralSummary;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.distdmf.core.train.DgdSettings;
import org.distdmf.core.train.DgdTrainer;
import org.distdmf.core.train.TrainingResult;
import org.ejml.data.DMatrixRMaj;

/**
 * Trains one problem over Erdos-Renyi graphs of increasing edge probability {@code p}, to show how
 * the graph's density changes NMSE, consensus error and stability. Graph {@code k} is drawn with seed
 * {@code graphSeed + k}.
 */
public final class GraphDensitySweep {

    private GraphDensitySweep() {
    }

    /** One graph of the sweep and its run. */
    public record Run(double probability, SpectralSummary summary, TrainingResult training) {
    }

    /** Returns {@code count} probabilities evenly spaced from {@code ln(n)/n + 0.001} to 1, the reference experiments' grid. */
    public static double[] referenceProbabilities(int agents, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("the density grid needs at least 2 points but got " + count);
        }
        double start = Math.log(agents) / agents + 0.001;
        double[] p = new double[count];
        for (int k = 0; k < count; k++) {
            p[k] = Math.min(1, start + (1 - start) * k / (count - 1));
        }
        return p;
    }

    /** Runs the sweep. */
    public static List<Run> run(DmfProblem problem, double[] probabilities, ConnectivityPolicy policy, MixingRule rule,
            DgdSettings training, long graphSeed, Progress progress) {
        List<Run> runs = new ArrayList<>();
        for (int k = 0; k < probabilities.length; k++) {
            Progress step = progress.slice((double) k / probabilities.length, (k + 1.0) / probabilities.length);
            step.checkCancelled();
            GraphSample sample = GraphFactory.build(GraphSpec.erdosRenyi(problem.agentCount(), probabilities[k]), policy,
                    graphSeed + k);
            DMatrixRMaj mixing = MixingMatrices.build(sample.graph(), rule);
            SpectralSummary summary = SpectralSummary.of(sample.graph(), mixing);
            step.report(0, String.format("graph %d of %d: p = %.3f, %d edges, %s", k + 1, probabilities.length,
                    probabilities[k], summary.edges(), summary.connected() ? "connected" : "not connected"));
            TrainingResult result = DgdTrainer.train(problem, mixing, training, step);
            runs.add(new Run(probabilities[k], summary, result));
        }
        return runs;
    }

    /**
     * Returns one row per graph: {@code p, edges, connected, lambda_min_V, spectral_gap, diverged,
     * divergence_iteration, final_nmse, final_consensus_error}.
     */
    public static ResultTable toTable(List<Run> runs) {
        ResultTable.Builder table = ResultTable.builder("density_sweep")
                .column("p", ColumnType.DOUBLE)
                .column("edges", ColumnType.INTEGER)
                .column("connected", ColumnType.BOOLEAN)
                .column("lambda_min_V", ColumnType.DOUBLE)
                .column("spectral_gap", ColumnType.DOUBLE)
                .column("diverged", ColumnType.BOOLEAN)
                .column("divergence_iteration", ColumnType.INTEGER)
                .column("final_nmse", ColumnType.DOUBLE)
                .column("final_consensus_error", ColumnType.DOUBLE);
        for (Run run : runs) {
            TrainingResult training = run.training();
            table.row(run.probability(), run.summary().edges(), run.summary().connected(), run.summary().lambdaMinV(),
                    run.summary().spectralGap(), training.diverged(),
                    training.diverged() ? training.divergenceIteration() : null,
                    Double.isNaN(training.last().nmse()) ? null : training.last().nmse(), training.last().consensusError());
        }
        return table.build();
    }
}
