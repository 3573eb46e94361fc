package dev.scalesim.batch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Report writing, off the simulation path: a few writer threads take finished scenarios, so
 * simulation goes on while charts are drawn and files flushed. At most {@code 2 x writers}
 * finished results wait or are being written; a coordinator with one more waits for a slot
 * while its scenario still holds its workers, so when writing is the slower stage no new
 * scenario starts (the cores go to writing) and memory stays flat. Writer threads are never
 * interrupted: a report being written is finished, not torn.
 */
final class Writing implements AutoCloseable {
    private final ExecutorService writers;
    private final Semaphore slots;

    Writing(int writers) {
        this.writers = Executors.newFixedThreadPool(writers, Simulations.daemons("scalesim-writer-"));
        this.slots = new Semaphore(2 * writers);
    }

    /**
     * Writer threads for {@code threads} simulation threads: as many, because writing a small
     * scenario's tables (one thread each) takes about as long as simulating it, so writing must
     * be able to use every core when it is the slower stage. Memory stays bounded by the
     * scenarios' claims, not by this number.
     */
    static int writersFor(int threads) {
        return threads;
    }

    /**
     * Waits for a free slot, runs {@code queued} (the caller gives back what it no longer
     * needs), then queues {@code write}. Not interruptible: a scenario that finished simulating
     * is written even when the run is being cancelled (writes never stop, so the wait is short).
     */
    void submit(Runnable queued, Runnable write) {
        slots.acquireUninterruptibly();
        try {
            queued.run();
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
