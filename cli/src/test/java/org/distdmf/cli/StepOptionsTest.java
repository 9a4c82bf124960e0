package org.distdmf.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.distdmf.core.graph.CommunicationGraph;
import org.distdmf.core.graph.EdgeListReader;
import org.distdmf.core.graph.EdgeTables;
import org.distdmf.core.graph.MixingMatrices;
import org.distdmf.core.problem.DmfProblem;
import org.distdmf.core.problem.MatrixCsv;
import org.distdmf.core.problem.Observation;
import org.distdmf.core.problem.ObservationSpec;
import org.distdmf.core.problem.ProblemTables;
import org.distdmf.core.problem.Standardisation;
import org.distdmf.core.problem.TargetProblemBuilder;
import org.distdmf.core.problem.TargetProblemSpec;
import org.distdmf.core.problem.WeightDecaySpec;
import org.distdmf.core.problem.WidthSpec;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options of the step commands that the pipeline script does not use, and reproducibility for a fixed seed. */
class StepOptionsTest {

    @TempDir
    Path dir;

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private void runChain(String folder, String problemSeed) {
        Dmf.ok("generate", "--agents", "3", "--rows", "3", "--depth", "2", "--seed", problemSeed, "--out",
                path(folder + "/problem.csv"));
        Dmf.ok("graph", "--agents", "3", "--p", "0.9", "--seed", "11", "--out", path(folder + "/edges.csv"));
        Dmf.ok("train", "--problem", path(folder + "/problem.csv"), "--edges", path(folder + "/edges.csv"), "--iterations",
                "5", "--eta", "0.01", "--init", "random", "--different-starts", "--quiet", "--out", path(folder + "/run"));
    }

    @Test
    void sameSeedSameFiles() throws IOException {
        runChain("first", "3");
        runChain("second", "3");
        for (String file : List.of("problem.csv", "edges.csv", "run/history.csv", "run/factors.csv", "run/agents.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("first").resolve(file)),
                    Files.readAllBytes(dir.resolve("second").resolve(file)), file);
        }
    }

    @Test
    void otherSeedOtherProblem() throws IOException {
        runChain("first", "3");
        runChain("other", "4");
        assertNotEquals(Dmf.read(dir.resolve("first/problem.csv")), Dmf.read(dir.resolve("other/problem.csv")));
    }

    @Test
    void targetCsvByNameWithCorrelation() throws IOException {
        Path csv = dir.resolve("target.csv");
        Files.writeString(csv, "a,b,c\n1,2,3\n4,5,7\n2,1,0\n5,3,3\n0,8,1\n");
        Dmf.ok("generate", "--agents", "3", "--depth", "2", "--target-csv", csv.toString(), "--columns", "a,c",
                "--correlation", "--hidden-widths", "2", "--seed", "5", "--out", path("p.csv"));

        DMatrixRMaj data = MatrixCsv.withHeader().columns(List.of("a", "c")).read(csv);
        DmfProblem expected = TargetProblemBuilder.build(MatrixCsv.correlation(data), new TargetProblemSpec(3, 2,
                WidthSpec.fixed(2), Standardisation.NONE, new ObservationSpec(Observation.SENSING, 0, 0.5, 0.0),
                WeightDecaySpec.uniform(0.1, 0.9), 5));
        assertEquals(Dmf.csv(ProblemTables.toLongTable(expected)), Dmf.read(dir.resolve("p.csv")));
        assertTrue(Dmf.read(dir.resolve("p.csv")).contains("\nbalanced_factorization,"), "reference point kind");
    }

    @Test
    void targetCsvByIndexWithoutHeader() throws IOException {
        Path csv = dir.resolve("raw.csv");
        Files.writeString(csv, "measured 2024-01-01\n1,2,3\n4,5,6\n7,8,10\n");
        Dmf.ok("generate", "--agents", "2", "--depth", "3", "--target-csv", csv.toString(), "--no-header", "--skip-lines",
                "1", "--columns", "0,2", "--standardise", "columns", "--observation", "identity", "--weight-decay", "0.2",
                "--out", path("p.csv"));

        DMatrixRMaj data = MatrixCsv.withoutHeader().skipLines(1).columnIndices(0, 2).read(csv);
        DmfProblem expected = TargetProblemBuilder.build(data, new TargetProblemSpec(2, 3, WidthSpec.uniform(3, 9),
                Standardisation.STANDARDIZE_COLUMNS, new ObservationSpec(Observation.IDENTITY, 0, 0.5, 0.0),
                WeightDecaySpec.constant(0.2), 2024));
        assertEquals(Dmf.csv(ProblemTables.toLongTable(expected)), Dmf.read(dir.resolve("p.csv")));
    }

    @Test
    void graphFromEdgeList() throws IOException {
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "source,target,label\n0,1,x\n2,1,y\n");
        Dmf.Result result = Dmf.ok("graph", "--edges", list.toString(), "--agents", "4", "--rule", "max_degree", "--out",
                path("edges.csv"));

        CommunicationGraph graph = EdgeListReader.defaults().withAgentCount(4).read(list);
        assertEquals(Dmf.csv(EdgeTables.toTable(graph, MixingMatrices.maxDegree(graph))), Dmf.read(dir.resolve("edges.csv")));
        assertTrue(result.out().contains("4 agents, 2 edges, NOT connected"), result.out());
    }

    @Test
    void graphReweightsEdgeTable() {
        Dmf.ok("graph", "--agents", "5", "--family", "star", "--out", path("star.csv"));
        Dmf.ok("graph", "--edges", path("star.csv"), "--rule", "lazy_metropolis", "--out", path("lazy.csv"));

        Dmf.ok("graph", "--agents", "5", "--family", "star", "--rule", "lazy_metropolis", "--out", path("expected.csv"));
        assertEquals(Dmf.read(dir.resolve("expected.csv")), Dmf.read(dir.resolve("lazy.csv")));
    }

    @Test
    void trainRejectsUnweightedEdgeList() throws IOException {
        Dmf.ok("generate", "--agents", "2", "--rows", "2", "--depth", "1", "--out", path("p.csv"));
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "source,target\n0,1\n");
        Dmf.Result result = Dmf.run("train", "--problem", path("p.csv"), "--edges", list.toString(), "--c", "1", "--out",
                path("run"));
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("edge list without weights"), result.err());
        assertTrue(result.err().contains("dmf graph --edges " + list), result.err());
    }

    @Test
    void graphFromMixingMatrixSupport() throws IOException {
        Path matrix = dir.resolve("v.csv");
        Files.writeString(matrix, "a,b,c\n0.5,0.5,0\n0.5,0.25,0.25\n0,0.25,0.75\n");
        Dmf.ok("graph", "--mixing-matrix", matrix.toString(), "--out", path("edges.csv"));

        String expected = "source,target,weight\n0,0,0.5\n0,1,0.5\n1,1,0.25\n1,2,0.25\n2,2,0.75\n";
        assertEquals(expected, Dmf.read(dir.resolve("edges.csv")));
    }

    @Test
    void mixingMatrixOutsideGivenEdges() throws IOException {
        Path matrix = dir.resolve("v.csv");
        Files.writeString(matrix, "0.5,0.5,0\n0.5,0.25,0.25\n0,0.25,0.75\n");
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "source,target\n0,1\n");
        Dmf.Result result = Dmf.run("graph", "--mixing-matrix", matrix.toString(), "--edges", list.toString(), "--out",
                path("edges.csv"));
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("V(1,2) = 0.25"), result.err());
        assertTrue(result.err().contains("not neighbours"), result.err());
    }

    @Test
    void multiplierRangeKeepsDecimals() {
        assertArrayEquals(new double[] {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0}, Checks.range("--c-range", "0.5:2:0.25"));
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, Checks.range("--c-range", "0.1:0.3:0.1"));
        assertArrayEquals(new double[] {1.0}, Checks.range("--c-range", "1:1:0.5"));
    }

    @Test
    void chartLabelsQualifyRepeatedNames() {
        assertEquals(List.of("a", "b"), ChartCommand.defaultLabels(List.of(Path.of("x/a.csv"), Path.of("x/b.csv"))));
        assertEquals(List.of("one/history", "two/history"),
                ChartCommand.defaultLabels(List.of(Path.of("one/history.csv"), Path.of("two/history.csv"))));
    }
}
