package org.distdmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each invalid input ends with exit code 1 and one line on standard error. The line starts with the
 * command and names the option or field and the value. Usage errors that picocli catches exit with 2.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    private static String problem;
    private static String edges;
    private static String fiveAgentEdges;

    @BeforeAll
    static void writeValidInputs() {
        problem = dir.resolve("problem.csv").toString();
        edges = dir.resolve("edges.csv").toString();
        fiveAgentEdges = dir.resolve("edges5.csv").toString();
        Dmf.ok("generate", "--agents", "4", "--rows", "3", "--depth", "2", "--out", problem);
        Dmf.ok("graph", "--agents", "4", "--family", "ring", "--out", edges);
        Dmf.ok("graph", "--agents", "5", "--family", "ring", "--out", fiveAgentEdges);
    }

    /** Runs {@code args} and checks exit code 1 and one error line starting with {@code command} and containing each fragment. */
    private static String assertBadInput(String command, String[] args, String... fragments) {
        Dmf.Result result = Dmf.run(args);
        assertEquals(1, result.exitCode(), () -> "exit code; stderr:\n" + result.err());
        List<String> lines = result.errLines();
        assertEquals(1, lines.size(), () -> "one line on stderr but got:\n" + result.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("dmf " + command + ": "), line);
        assertFalse(line.contains("Exception"), line);
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), () -> "'" + fragment + "' in: " + line);
        }
        return line;
    }

    private static String[] train(String problemFile, String edgesFile, String... more) {
        String[] base = {"train", "--problem", problemFile, "--edges", edgesFile, "--iterations", "2", "--quiet", "--out",
            dir.resolve("run").toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return args;
    }

    private static String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void missingProblemFile() {
        String missing = dir.resolve("missing.csv").toString();
        assertBadInput("train", train(missing, edges, "--c", "1"), "--problem", missing, "not found");
    }

    @Test
    void missingEdgeListFile() {
        String missing = dir.resolve("no-edges.csv").toString();
        assertBadInput("graph", new String[] {"graph", "--edges", missing, "--out", dir.resolve("g.csv").toString()},
                "--edges", missing, "not found");
    }

    @Test
    void missingTargetFile() {
        String missing = dir.resolve("no-target.csv").toString();
        assertBadInput("generate", new String[] {"generate", "--target-csv", missing, "--out",
            dir.resolve("p.csv").toString()}, "--target-csv", missing, "not found");
    }

    @Test
    void edgeTableWithWrongColumns() throws IOException {
        String file = write("wrong-columns.csv", "from,to,w\n0,1,0.5\n1,0,0.5\n");
        assertBadInput("train", train(problem, file, "--c", "1"), "--edges", file, "no column 'source'", "[from, to, w]");
    }

    @Test
    void problemTableWithWrongColumns() throws IOException {
        String text = Dmf.read(Path.of(problem)).replaceFirst("^kind,", "type,");
        String file = write("problem-wrong-columns.csv", text);
        assertBadInput("stability", new String[] {"stability", "--problem", file, "--edges", edges, "--c", "1", "--out",
            dir.resolve("st").toString()}, "--problem", file, "no column 'kind'");
    }

    @Test
    void targetCsvWithUnknownColumn() throws IOException {
        String file = write("target.csv", "a,b,c\n1,2,3\n4,5,7\n2,1,0\n");
        assertBadInput("generate", new String[] {"generate", "--target-csv", file, "--columns", "a,zz", "--out",
            dir.resolve("p.csv").toString()}, "--target-csv", "zz", "[a, b, c]");
    }

    @Test
    void nonNumericEdgeWeight() throws IOException {
        String text = Dmf.read(Path.of(edges));
        String file = write("edges-abc.csv", text.replaceFirst("\n0,1,[^\n]*\n", "\n0,1,abc\n"));
        assertBadInput("train", train(problem, file, "--c", "1"), "--edges", "'weight'", "abc");
    }

    @Test
    void nonNumericTargetCell() throws IOException {
        String file = write("target-x1.csv", "a,b\n1,2\nx1,5\n");
        assertBadInput("generate", new String[] {"generate", "--target-csv", file, "--out", dir.resolve("p.csv").toString()},
                "--target-csv", "'x1' is not a number", "line 3");
    }

    @Test
    void nonNumericProblemValue() throws IOException {
        String text = Dmf.read(Path.of(problem));
        String file = write("problem-oops.csv", text.replaceFirst("\nwidth,-1,0,0,0,[^\n]*\n", "\nwidth,-1,0,0,0,oops\n"));
        assertBadInput("train", train(file, edges, "--c", "1"), "--problem", "'value'", "oops");
    }

    @Test
    void agentCountsDiffer() {
        String line = assertBadInput("train", train(problem, fiveAgentEdges, "--c", "1"), "has 4 agents", "has 5 agents",
                problem, fiveAgentEdges);
        assertTrue(line.contains("--problem"), line);
        assertTrue(line.contains("--edges"), line);
        assertBadInput("stability", new String[] {"stability", "--problem", problem, "--edges", fiveAgentEdges, "--c", "1",
            "--out", dir.resolve("st").toString()}, "has 4 agents", "has 5 agents");
        assertBadInput("sweep multipliers", new String[] {"sweep", "multipliers", "--problem", problem, "--edges", fiveAgentEdges,
            "--out", dir.resolve("sw").toString()}, "has 4 agents", "has 5 agents");
    }

    @Test
    void mixingMatrixNotStochastic() throws IOException {
        String file = write("v-sum.csv", "0.5,0.4\n0.4,0.5\n");
        assertBadInput("graph", new String[] {"graph", "--mixing-matrix", file, "--out", dir.resolve("g.csv").toString()},
                "--mixing-matrix", file, "row 0", "sums to 0.9");
    }

    @Test
    void mixingMatrixNotSymmetric() throws IOException {
        String file = write("v-asym.csv", "0.5,0.5\n0.4,0.6\n");
        assertBadInput("graph", new String[] {"graph", "--mixing-matrix", file, "--out", dir.resolve("g.csv").toString()},
                "--mixing-matrix", file, "not symmetric", "V(0,1) = 0.5", "V(1,0) = 0.4");
    }

    @Test
    void edgeTableNotStochastic() throws IOException {
        String file = write("edges-sum.csv", "source,target,weight\n0,0,0.5\n0,1,0.25\n1,1,0.75\n");
        assertBadInput("train", train(problem, file, "--c", "1"), "--edges", file, "row 0",
                "sums to 0.75");
    }

    @Test
    void fewerThanTwoAgents() {
        assertBadInput("generate", new String[] {"generate", "--agents", "1", "--out", dir.resolve("p.csv").toString()},
                "--agents must be at least 2 but is 1");
        assertBadInput("graph", new String[] {"graph", "--agents", "1", "--out", dir.resolve("g.csv").toString()},
                "--agents must be at least 2 but is 1");
    }

    @Test
    void depthZero() {
        assertBadInput("generate", new String[] {"generate", "--depth", "0", "--out", dir.resolve("p.csv").toString()},
                "--depth must be at least 1 but is 0");
    }

    @Test
    void negativeWeightDecay() {
        assertBadInput("generate", new String[] {"generate", "--weight-decay", "-0.5", "--out",
            dir.resolve("p.csv").toString()}, "--weight-decay", "-0.5", ">= 0");
        assertBadInput("generate", new String[] {"generate", "--weight-decay=-0.1:0.5", "--out",
            dir.resolve("p.csv").toString()}, "--weight-decay", "-0.1", ">= 0");
    }

    @Test
    void nonPositiveLearningRate() {
        assertBadInput("train", train(problem, edges, "--eta", "0"), "--eta 0", "must be finite and positive but is 0.0");
        assertBadInput("train", train(problem, edges, "--c=-1"), "--c -1", "must be finite and positive but is -1.0");
        assertBadInput("train", train(problem, edges, "--eta", "0.01,-0.02,0.01,0.01"), "--eta 0.01,-0.02,0.01,0.01",
                "agent 1", "-0.02");
        assertBadInput("stability", new String[] {"stability", "--problem", problem, "--edges", edges, "--eta", "0",
            "--out", dir.resolve("st").toString()}, "--eta 0", "positive");
    }

    @Test
    void learningRateListOfWrongLength() {
        assertBadInput("train", train(problem, edges, "--c", "1,1,1"), "--c 1,1,1", "3 values", "4 agents");
    }

    @Test
    void bothOrNeitherLearningRate() {
        assertBadInput("train", train(problem, edges, "--c", "1", "--eta", "0.01"), "--c 1", "--eta 0.01", "exactly one");
        assertBadInput("train", train(problem, edges), "--c", "--eta", "exactly one");
        assertBadInput("sweep density", new String[] {"sweep", "density", "--problem", problem, "--out",
            dir.resolve("d").toString()}, "--c", "--eta", "exactly one");
    }

    @Test
    void sizesAboveHeap() {
        String line = assertBadInput("generate", new String[] {"generate", "--agents", "100", "--rows", "100000",
            "--columns", "100000", "--out", dir.resolve("huge.csv").toString()}, "100 agents", "100000 x 100000", "GiB",
                "-Xmx");
        assertFalse(Files.exists(dir.resolve("huge.csv")), line);
    }

    @Test
    void unknownChoice() {
        assertBadInput("train", train(problem, edges, "--c", "1", "--rule", "sideways"), "--rule", "sideways", "cta, atc");
        assertBadInput("graph", new String[] {"graph", "--family", "hypercube", "--out", dir.resolve("g.csv").toString()},
                "--family", "hypercube");
        assertBadInput("graph", new String[] {"graph", "--family", "ring", "--p", "0.5", "--out",
            dir.resolve("g.csv").toString()}, "--p does not apply to --family ring");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Dmf.run("train", "--bogus").exitCode());
        Dmf.Result badNumber = Dmf.run(train(problem, edges, "--c", "1", "--iterations", "many"));
        assertEquals(2, badNumber.exitCode());
        assertTrue(badNumber.err().contains("many"), badNumber.err());
        assertEquals(2, Dmf.run("sweep").exitCode());
        assertEquals(2, Dmf.run().exitCode());
    }
}
