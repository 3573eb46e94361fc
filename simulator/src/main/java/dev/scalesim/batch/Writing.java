package dev.scalesim.batch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Report writing, off the simulation path: a few writer threads take finished scenarios, so a
 * small scenario's simulation never waits while charts are drawn or files flushed. At most
 * {@code 2 x writers} finished results wait or are being written; a coordinator with one more
 * blocks (while its scenario still holds its simulation budget), so memory stays flat however
 * far simulation runs ahead of the disk. Writer threads are never interrupted: a report being
 * written is finished, not torn.
 */
final class Writing implements AutoCloseable {
    private final ExecutorService writers;
    private final Semaphore slots;

    Writing(int writers) {
        this.writers = Executors.newFixedThreadPool(writers, Simulations.daemons("scalesim-writer-"));
        this.slots = new Semaphore(2 * writers);
    }

    /** Number of writer threads for {@code threads} simulation threads. */
    static int writersFor(int threads) {
        return Math.max(1, threads / 2);
    }

    /**
     * Queues a write, waiting for a free slot. Not interruptible: a scenario that finished
     * simulating is written even when the run is being cancelled (writes never stop, so the
     * wait is short).
     */
    void submit(Runnable write) {
        slots.acquireUninterruptibly();
        try {
            writers.execute(() -> {
                try {
                    write.run();
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Waits for every queued write to finish. */
    void awaitIdle() {
        writers.shutdown();
        Waiting.forTermination(writers);
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }
}
