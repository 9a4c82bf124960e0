package org.distdmf.knime.util;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.distdmf.core.Progress;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Connects engine code, which accepts only {@code java.util.function} callbacks, to a node's execution
 * monitor. Progress callbacks also check for cancellation and, when the user has canceled, throw an
 * unchecked {@link CancellationException} out of the engine; {@link #call(Callable)} turns that back
 * into KNIME's {@link CanceledExecutionException}.
 *
 * <pre>{@code
 * ExecutionBridge bridge = new ExecutionBridge(exec);
 * Result result = bridge.call(() -> trainer.run(problem, bridge.progress("Training")));
 * }</pre>
 */
public final class ExecutionBridge {

    private final ExecutionMonitor m_exec;

    public ExecutionBridge(final ExecutionMonitor exec) {
        if (exec == null) {
            throw new IllegalArgumentException("exec must not be null; pass the execution context of the node");
        }
        m_exec = exec;
    }

    /**
     * Returns a callback that takes progress as a fraction in [0, 1] (values outside are clamped),
     * shows it with {@code message}, and throws {@link CancellationException} once the user cancels.
     */
    public DoubleConsumer progress(final String message) {
        return fraction -> {
            throwIfCanceled();
            m_exec.setProgress(Math.max(0.0, Math.min(1.0, fraction)), message);
        };
    }

    /**
     * Returns the engine's {@link Progress} over the monitor: {@code report} clamps the fraction to
     * [0, 1] and shows it with the message, and both {@code report} and {@code checkCancelled} throw
     * {@link CancellationException} once the user cancels. Engine threads may call it concurrently.
     * Run the engine inside {@link #call(Callable)} to get {@link CanceledExecutionException} instead.
     */
    public Progress engineProgress() {
        return new Progress() {
            @Override
            public void report(final double fraction, final String message) {
                throwIfCanceled();
                m_exec.setProgress(Math.max(0.0, Math.min(1.0, fraction)), message);
            }

            @Override
            public void checkCancelled() {
                throwIfCanceled();
            }
        };
    }

    /** Returns a flag that engine loops may poll instead of calling a progress callback. */
    public BooleanSupplier canceled() {
        return () -> {
            try {
                m_exec.checkCanceled();
                return false;
            } catch (CanceledExecutionException e) {
                return true;
            }
        };
    }

    /**
     * Runs engine work and converts a cancellation from the callbacks into
     * {@link CanceledExecutionException}; other exceptions pass through unchanged.
     */
    public <T> T call(final Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (CancellationException e) {
            CanceledExecutionException canceled = new CanceledExecutionException(e.getMessage());
            canceled.initCause(e);
            throw canceled;
        }
    }

    private void throwIfCanceled() {
        try {
            m_exec.checkCanceled();
        } catch (CanceledExecutionException e) {
            throw new CancellationException("Execution canceled by the user");
        }
    }
}
