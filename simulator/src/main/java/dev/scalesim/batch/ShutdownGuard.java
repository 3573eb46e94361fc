package dev.scalesim.batch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C and SIGTERM into a clean stop. The JVM runs shutdown hooks on both; the hook
 * cancels the run, waits until the command has cleaned up and said how to resume (closing this
 * guard), then halts with the interrupted exit code, because a JVM stopping on a signal would
 * otherwise exit with 128 + signal. A hook rather than {@code sun.misc.Signal}: no internal API.
 * If cleanup hangs, the hook halts anyway after the grace period; anything half-written is a
 * hidden {@code .partial} that the next run removes. Until the command says it starts writing
 * ({@link #writing}), nothing is on disk to clean up, so a signal (during validation, say) prints
 * the guard's message and halts at once.
 */
public final class ShutdownGuard implements AutoCloseable {
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean writing;

    private ShutdownGuard(Cancellation cancellation, int exitCode, long graceMillis, String beforeWriting) {
        hook = new Thread(() -> {
            if (!writing) {
                System.out.flush();
                System.err.println(beforeWriting);
                System.err.flush();
                Runtime.getRuntime().halt(exitCode);
            }
            cancellation.cancel();
            try {
                finished.await(graceMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(exitCode);
        }, "scalesim-shutdown");
    }

    /**
     * Installs the hook until {@link #close}; {@code beforeWriting} is the line printed when a
     * signal comes before {@link #writing}.
     */
    public static ShutdownGuard install(Cancellation cancellation, int exitCode, long graceMillis, String beforeWriting) {
        ShutdownGuard guard = new ShutdownGuard(cancellation, exitCode, graceMillis, beforeWriting);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** From now on the command writes: a signal cancels it and waits for it to clean up. */
    public void writing() {
        writing = true;
    }

    /** The command is done: a pending hook may halt now; otherwise the hook is removed. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutdown already under way: the hook is running and halts once it sees finished.
        }
    }
}
