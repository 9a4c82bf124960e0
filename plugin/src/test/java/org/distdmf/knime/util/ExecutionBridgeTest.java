package org.distdmf.knime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.distdmf.core.Progress;
import org.junit.jupiter.api.Test;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionMonitor;

class ExecutionBridgeTest {

    private final DefaultNodeProgressMonitor m_monitor = new DefaultNodeProgressMonitor();

    private final ExecutionBridge m_bridge = new ExecutionBridge(new ExecutionMonitor(m_monitor));

    @Test
    void progressCallbackSetsProgressAndMessage() {
        DoubleConsumer progress = m_bridge.progress("Training");

        progress.accept(0.25);
        assertEquals(0.25, m_monitor.getProgress(), 0.0);
        assertEquals("Training", m_monitor.getMessage());

        progress.accept(1.7);
        assertEquals(1.0, m_monitor.getProgress(), 0.0, "fractions above 1 are clamped");
    }

    @Test
    void canceledFlagFollowsMonitor() {
        BooleanSupplier canceled = m_bridge.canceled();
        assertFalse(canceled.getAsBoolean());

        m_monitor.setExecuteCanceled();

        assertTrue(canceled.getAsBoolean());
    }

    @Test
    void cancelInsideEngineBecomesCanceledExecutionException() {
        DoubleConsumer progress = m_bridge.progress("Training");
        m_monitor.setExecuteCanceled();

        assertThrows(CanceledExecutionException.class, () -> m_bridge.call(() -> {
            progress.accept(0.5);
            return "never returned";
        }));
    }

    @Test
    void callReturnsResultAndPassesOtherExceptions() throws Exception {
        assertEquals("done", m_bridge.call(() -> "done"));

        IOException failure = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> m_bridge.call(() -> {
            throw failure;
        }));
        assertSame(failure, thrown);
    }

    @Test
    void engineProgressReportsClampedFraction() {
        Progress progress = m_bridge.engineProgress();

        progress.report(0.4, "iteration 40 of 100");
        assertEquals(0.4, m_monitor.getProgress(), 0.0);
        assertEquals("iteration 40 of 100", m_monitor.getMessage());

        progress.report(-0.5, "before the start");
        assertEquals(0.0, m_monitor.getProgress(), 0.0, "fractions below 0 are clamped");
    }

    @Test
    void engineProgressCancelBecomesCanceledExecution() {
        Progress progress = m_bridge.engineProgress();
        progress.checkCancelled();

        m_monitor.setExecuteCanceled();

        assertThrows(CancellationException.class, progress::checkCancelled);
        assertThrows(CancellationException.class, () -> progress.report(0.5, "half way"));
        assertThrows(CanceledExecutionException.class, () -> m_bridge.call(() -> {
            progress.checkCancelled();
            return "never returned";
        }));
    }
}
