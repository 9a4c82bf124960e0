package org.distdmf.core.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs one task per agent on a fixed number of threads. Each task must write only its own agent's
 * slots. Every reduction over agents happens afterwards in agent order, so results are bit-identical
 * for any thread count.
 */
public final class AgentExecutor implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    /**
     * Creates an executor with {@code threads} worker threads; 1 runs every task on the caller's thread.
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public AgentExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 but is " + threads);
        }
        this.threads = threads;
        if (threads == 1) {
            pool = null;
        } else {
            AtomicInteger counter = new AtomicInteger();
            pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "dmf-agent-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code task.accept(i)} for every agent {@code i < agents} and waits for all of them. */
    public void forEachAgent(int agents, IntConsumer task) {
        if (pool == null) {
            for (int i = 0; i < agents; i++) {
                task.accept(i);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(agents);
        for (int i = 0; i < agents; i++) {
            int agent = i;
            futures.add(pool.submit(() -> task.accept(agent)));
        }
        RuntimeException failure = null;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new CancellationException("interrupted while waiting for agent tasks");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (failure == null) {
                    failure = cause instanceof RuntimeException ? (RuntimeException) cause
                            : new IllegalStateException("agent task failed: " + cause, cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
