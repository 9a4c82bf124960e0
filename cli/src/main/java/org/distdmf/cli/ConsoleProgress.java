package org.distdmf.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import org.distdmf.core.Progress;

/**
 * Prints progress to the terminal: one line whenever the message changes its leading words or at
 * most every two seconds, so long runs show signs of life without flooding the log.
 */
public final class ConsoleProgress implements Progress {

    private static final long MIN_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter out;
    private final String prefix;
    private long lastPrinted = Long.MIN_VALUE / 2;
    private String lastTopic = "";

    public ConsoleProgress(PrintStream out, String prefix) {
        this(new PrintWriter(out, true), prefix);
    }

    /** Prints to {@code out}, for example a picocli command's error writer, each line with {@code prefix}. */
    public ConsoleProgress(PrintWriter out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    @Override
    public synchronized void report(double fraction, String message) {
        long now = System.nanoTime();
        String topic = topicOf(message);
        if (!topic.equals(lastTopic) || now - lastPrinted >= MIN_INTERVAL_NANOS) {
            out.printf("%s[%3.0f%%] %s%n", prefix, 100 * Math.max(0, Math.min(1, fraction)), message);
            out.flush();
            lastPrinted = now;
            lastTopic = topic;
        }
    }

    @Override
    public void checkCancelled() {
        // The terminal cancels with Ctrl-C, which ends the JVM; there is nothing to poll.
    }

    private static String topicOf(String message) {
        int colon = message.indexOf(':');
        return colon > 0 ? message.substring(0, colon) : message;
    }
}
