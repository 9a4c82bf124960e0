package org.distdmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.distdmf.core.table.ResultTable;

/** Runs {@code dmf} in-process and captures what it prints. */
final class Dmf {

    /** Exit code and the text written to standard output and standard error. */
    record Result(int exitCode, String out, String err) {

        /** Returns the lines on standard error, without blank ones. */
        List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /*
     * The engine logs a line per agent above its bound and per stability check; main() silences it,
     * and the tests do the same. The reference is kept because java.util.logging holds loggers weakly.
     */
    private static final Logger ENGINE_LOG = Logger.getLogger("org.distdmf.core");

    static {
        ENGINE_LOG.setLevel(Level.SEVERE);
    }

    private Dmf() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DmfCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and fails with the captured error text unless the exit code is 0. */
    static Result ok(String... args) {
        Result result = run(args);
        assertEquals(0, result.exitCode(), () -> "dmf " + String.join(" ", args) + " failed:\n" + result.err());
        return result;
    }

    /** Returns the CSV text {@link ResultTable#writeCsv} produces, to compare with a written file. */
    static String csv(ResultTable table) {
        StringWriter text = new StringWriter();
        try {
            table.writeCsv(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header(Path file) {
        return read(file).lines().findFirst().orElse("");
    }
}
