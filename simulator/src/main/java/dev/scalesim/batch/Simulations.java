package dev.scalesim.batch;

import dev.scalesim.kernel.Engine;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs scenarios concurrently on one shared pool of {@code threads} simulation threads, so every
 * core stays busy whether the batch holds one huge scenario or five hundred small ones. Each
 * running scenario has a coordinator thread that feeds its blocks to the pool and merges them in
 * order ({@link Engine#run(dev.scalesim.kernel.Simulation, int, ExecutorService,
 * Engine.Listener)}). Scenarios start while their workers fit a budget of {@code 2 x threads}:
 * enough for a second large scenario to fill the cores while the first one finishes its last
 * blocks, or for many small ones to run side by side, while memory (a worker holds a scenario's
 * sketches) stays bounded whatever the batch size.
 */
final class Simulations implements AutoCloseable {
    /** What runs on a scenario's coordinator thread. */
    @FunctionalInterface
    interface Task {
        void run(int workers, ExecutorService pool);
    }

    private final int threads;
    private final ExecutorService pool;
    private final ExecutorService coordinators;
    private final Semaphore budget;

    Simulations(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, daemons("scalesim-sim-"));
        this.coordinators = Executors.newCachedThreadPool(daemons("scalesim-scenario-"));
        this.budget = new Semaphore(2 * threads);
    }

    /**
     * Waits until the job's workers fit the budget, then runs {@code task} on a coordinator
     * thread. Returns false, without running it, when {@code stopping} turned true meanwhile.
     * The calling thread is never interrupted for this: it polls {@code stopping}.
     */
    boolean start(Job job, BooleanSupplier stopping, Task task) {
        int workers = Engine.workersFor(job.scenario().simulation(), threads);
        try {
            while (!budget.tryAcquire(workers, 100, TimeUnit.MILLISECONDS)) {
                if (stopping.getAsBoolean()) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (stopping.getAsBoolean()) {
            budget.release(workers);
            return false;
        }
        try {
            coordinators.execute(() -> {
                try {
                    task.run(workers, pool);
                } finally {
                    budget.release(workers);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            budget.release(workers);
            return false;
        }
    }

    /** Interrupts every running scenario: engines cancel their blocks and return. */
    void cancel() {
        coordinators.shutdownNow();
    }

    /** Waits for every started scenario to end (finished, failed or cancelled). */
    void awaitIdle() {
        coordinators.shutdown();
        Waiting.forTermination(coordinators);
    }

    @Override
    public void close() {
        coordinators.shutdownNow();
        pool.shutdownNow();
    }

    static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
