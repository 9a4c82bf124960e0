package org.distdmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options that a mode does not read, values past the documented limits, values that are not numbers
 * and output paths that cannot be written. Each is rejected before any work with one line on
 * standard error naming the option and the value.
 */
class RejectedOptionsTest {

    @TempDir
    static Path dir;

    private static String problem;
    private static String edges;

    @BeforeAll
    static void writeValidInputs() {
        problem = dir.resolve("problem.csv").toString();
        edges = dir.resolve("edges.csv").toString();
        Dmf.ok("generate", "--agents", "4", "--rows", "3", "--depth", "2", "--out", problem);
        Dmf.ok("graph", "--agents", "4", "--family", "ring", "--out", edges);
    }

    /** Runs {@code args}, checks the exit code and one error line containing each fragment, and returns the line. */
    private static String assertRejected(int exitCode, String[] args, String... fragments) {
        Dmf.Result result = Dmf.run(args);
        assertEquals(exitCode, result.exitCode(), () -> "exit code; stderr:\n" + result.err());
        List<String> lines = result.errLines();
        assertEquals(1, lines.size(), () -> "one line on stderr but got:\n" + result.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("dmf " + args[0]), line);
        assertFalse(line.contains("Exception"), line);
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), () -> "'" + fragment + "' in: " + line);
        }
        return line;
    }

    /** Returns {@code generate} with {@code more} and a small default problem for every option {@code more} lacks. */
    private static String[] generate(String... more) {
        return withDefaults(List.of("generate"), more, "--agents", "3", "--rows", "3", "--depth", "2", "--out",
                dir.resolve("rejected-problem.csv").toString());
    }

    /** Returns {@code train} on the shared inputs with {@code more} and two iterations unless {@code more} sets them. */
    private static String[] train(String... more) {
        return withDefaults(List.of("train", "--problem", problem, "--edges", edges, "--quiet"), more, "--iterations", "2",
                "--out", dir.resolve("run").toString());
    }

    private static String[] withDefaults(List<String> command, String[] more, String... defaults) {
        List<String> given = List.of(more);
        List<String> args = new ArrayList<>(command);
        args.addAll(given);
        for (int k = 0; k < defaults.length; k += 2) {
            if (!given.contains(defaults[k])) {
                args.add(defaults[k]);
                args.add(defaults[k + 1]);
            }
        }
        return args.toArray(String[]::new);
    }

    @Test
    void learningRateNotNumberExitsTwo() {
        assertRejected(2, train("--c", "abc"), "--c", "'abc'", "not a number");
        assertRejected(2, train("--eta", "abc"), "--eta", "'abc'", "not a number");
        assertRejected(2, train("--c", "1,x,1,1"), "--c", "'x'", "'1,x,1,1'");
        assertRejected(2, new String[] {"stability", "--problem", problem, "--edges", edges, "--eta", "fast",
            "--out", dir.resolve("st").toString()}, "--eta", "'fast'");
    }

    @Test
    void sweepValuesNotNumberExitTwo() {
        assertRejected(2, new String[] {"sweep", "multipliers", "--problem", problem, "--edges", edges, "--c-values",
            "0.5,one", "--out", dir.resolve("sm").toString()}, "--c-values", "'one'");
        assertRejected(2, new String[] {"sweep", "multipliers", "--problem", problem, "--edges", edges, "--c-range",
            "0.5:two:0.5", "--out", dir.resolve("sm").toString()}, "--c-range", "'two'");
        assertRejected(2, new String[] {"sweep", "density", "--problem", problem, "--c", "1", "--p-values", "0.5,half",
            "--out", dir.resolve("sd").toString()}, "--p-values", "'half'");
    }

    @Test
    void generateValuesNotNumberExitTwo() {
        assertRejected(2, generate("--hidden-widths", "wide"), "--hidden-widths", "wide");
        assertRejected(2, generate("--weight-decay", "0.1:high"), "--weight-decay", "0.1:high");
        assertRejected(2, generate("--columns", "four"), "--columns", "'four'");
    }

    @Test
    void numberOutOfRangeStillExitsOne() {
        assertRejected(1, train("--c", "0"), "--c 0", "positive");
    }

    @Test
    void observedFractionOnlyWithMask() {
        assertRejected(1, generate("--observed-fraction", "0.3"), "--observed-fraction 0.3", "--observation mask",
                "sensing");
        assertRejected(1, generate("--observation", "identity", "--observed-fraction", "0.3"), "--observed-fraction",
                "identity");
        Dmf.ok(generate("--observation", "mask", "--observed-fraction", "0.3"));
    }

    @Test
    void measurementsOnlyWithSensing() {
        assertRejected(1, generate("--observation", "identity", "--measurements", "5"), "--measurements 5",
                "--observation sensing", "identity");
        assertRejected(1, generate("--observation", "mask", "--measurements", "5"), "--measurements 5", "mask");
        Dmf.ok(generate("--observation", "sensing", "--measurements", "5"));
    }

    @Test
    void rankAboveTargetRank() {
        assertRejected(1, generate("--columns", "4", "--rank", "4"), "--rank 4", "min(--rows, --columns) = 3");
        assertRejected(1, generate("--rank", "-1"), "--rank", "-1");
        Dmf.ok(generate("--columns", "4", "--rank", "3"));
        Dmf.ok(generate("--rank", "1"));
    }

    @Test
    void depthAboveLimit() {
        assertRejected(1, generate("--depth", "10001"), "--depth", "at most 10000", "10001");
    }

    @Test
    void manyWidthsPrintedShort() {
        Dmf.Result result = Dmf.ok("generate", "--agents", "2", "--rows", "2", "--depth", "30", "--hidden-widths", "3",
                "--out", dir.resolve("deep.csv").toString());
        String line = result.out().lines().findFirst().orElse("");
        assertTrue(line.contains("widths [2, 3, 3, 3, 3, 3, ..., 2] (31 widths d_0 .. d_L)"), line);
        Dmf.Result shallow = Dmf.ok(generate("--hidden-widths", "4"));
        assertTrue(shallow.out().contains("widths [3, 4, 3]"), shallow.out());
    }

    @Test
    void directionOnlyWithNearReferenceStart() {
        assertRejected(1, train("--c", "1", "--init", "random", "--direction", "random"), "--direction random",
                "--init near_reference");
        assertRejected(1, train("--c", "1", "--init", "random", "--direction", "top_curvature"), "--direction");
        Dmf.ok(train("--c", "1", "--init", "random"));
        Dmf.ok(train("--c", "1", "--direction", "random"));
    }

    @Test
    void iterationsAboveLimit() {
        assertRejected(1, train("--c", "1", "--iterations", "10000001"), "--iterations", "at most 10000000",
                "10000001");
        assertRejected(1, new String[] {"sweep", "multipliers", "--problem", problem, "--edges", edges, "--iterations",
            "20000000", "--out", dir.resolve("sm").toString()}, "--iterations", "at most 10000000");
        assertRejected(1, new String[] {"sweep", "density", "--problem", problem, "--c", "1", "--iterations",
            "20000000", "--out", dir.resolve("sd").toString()}, "--iterations", "at most 10000000");
    }

    @Test
    void pictureNameMustEndInPng() {
        String picture = dir.resolve("graph.jpg").toString();
        assertRejected(1, new String[] {"graph", "--agents", "4", "--family", "ring", "--out",
            dir.resolve("g.csv").toString(), "--picture", picture}, "--picture " + picture, ".png");
        assertFalse(Files.exists(dir.resolve("graph.jpg")));
        Dmf.ok("graph", "--agents", "4", "--family", "ring", "--out", dir.resolve("g.csv").toString(), "--picture",
                dir.resolve("graph.PNG").toString());
    }

    @Test
    void densityHelpWithoutMaxDraws() {
        Dmf.Result help = Dmf.ok("sweep", "density", "--help");
        assertFalse(help.out().contains("--max-draws"), help.out());
        assertTrue(help.out().replaceAll("\\s+", " ").contains("at most 1000 times"), help.out());
        assertEquals(2, Dmf.run("sweep", "density", "--problem", problem, "--c", "1", "--max-draws", "5", "--out",
                dir.resolve("sd").toString()).exitCode());
        Dmf.Result graphHelp = Dmf.ok("graph", "--help");
        assertTrue(graphHelp.out().replaceAll("\\s+", " ").contains("at most --max-draws times"), graphHelp.out());
    }

    @Test
    void chartSizeNamesOption() throws IOException {
        String history = dir.resolve("history.csv").toString();
        Files.writeString(Path.of(history), "iteration,nmse,consensus_error,objective,gradient_norm\n0,1,0,1,1\n1,0.5,0,0.5,1\n");
        String out = dir.resolve("chart").toString();
        assertRejected(1, new String[] {"chart", "--history", history, "--width", "0", "--out", out}, "--width",
                "between 1 and 16384", "0");
        assertRejected(1, new String[] {"chart", "--history", history, "--height", "20000", "--out", out}, "--height",
                "20000");
        assertRejected(1, new String[] {"sweep", "multipliers", "--problem", problem, "--edges", edges, "--width", "0",
            "--out", dir.resolve("sm").toString()}, "--width", "between 1 and");
    }

    @Test
    void outputUnderFileNamesFolder() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "x");
        String target = blocker.resolve("x.csv").toString();
        assertRejected(1, new String[] {"graph", "--agents", "4", "--family", "ring", "--out", target}, "--out " + target,
                "cannot create the folder", "a file of that name exists");
        String run = blocker.resolve("run").toString();
        assertRejected(1, train("--c", "1", "--out", run), "--out " + run, "cannot create the folder");
    }

    @Test
    void outputFolderCannotBeCreated() {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "needs Linux /proc, where no folder can be created");
        String line = assertRejected(1, new String[] {"graph", "--agents", "4", "--family", "ring", "--out",
            "/proc/nope/x.csv"}, "--out /proc/nope/x.csv", "cannot create the folder /proc/nope");
        assertFalse(line.contains("not found"), line);
        assertRejected(1, generate("--summary", "/proc/nope/summary.csv"), "--summary", "/proc/nope");
    }
}
