package dev.scalesim.batch;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Simulation;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs scenarios concurrently on one shared pool of {@code threads} simulation threads, so every
 * core stays busy whether the batch holds one huge scenario or five hundred small ones. Each
 * running scenario has a coordinator thread that feeds its blocks to the pool and merges them in
 * order ({@link Engine#run(Simulation, int, ExecutorService, Engine.Listener)}).
 *
 * <p>A scenario starts only when its {@link Claim} fits two budgets. Threads: the workers of
 * running scenarios stay within {@code 2 x threads}, enough for a second large scenario to fill
 * the cores while the first finishes its last blocks, or for many small ones to run side by
 * side. Memory: a worker holds a scenario's sketches and a finished scenario's results about as
 * much ({@link Engine#workerBytes}), so a scenario claims that much per worker plus once for
 * its results until its report is written; claims stay within {@value #HEAP_SHARE} of the heap,
 * and a scenario too wide for the heap gets fewer workers. Memory therefore stays flat whatever
 * the number of scenarios and trials. One scenario is always let through, however large.
 */
final class Simulations implements AutoCloseable {
    /** Share of the maximum heap that claims may use; the rest is for the run's own state and GC. */
    static final double HEAP_SHARE = 0.7;

    /** What runs on a scenario's coordinator thread. */
    @FunctionalInterface
    interface Task {
        void run(Claim claim, ExecutorService pool);
    }

    private final int threads;
    private final long memory;
    /** Blocks run on a cluster: the driver holds only each scenario's merge, not its workers. */
    private final boolean remote;
    private final ExecutorService pool;
    private final ExecutorService coordinators;
    private int workersInUse;
    private long bytesInUse;
    private int running;

    /**
     * A scenario's share of threads and memory. Its workers are given back when it finished
     * simulating ({@link #workersDone}), the rest when its report is written or it failed
     * ({@link #release}); both may be called more than once and from any thread.
     */
    final class Claim {
        private final int workers;
        private final long bytesPerWorker;
        private final long resultBytes;
        private boolean workersFreed;
        private boolean freed;

        private Claim(int workers, long bytesPerWorker, long resultBytes) {
            this.workers = workers;
            this.bytesPerWorker = bytesPerWorker;
            this.resultBytes = resultBytes;
        }

        int workers() {
            return workers;
        }

        void workersDone() {
            synchronized (Simulations.this) {
                if (!workersFreed && !freed) {
                    workersFreed = true;
                    workersInUse -= workers;
                    bytesInUse -= workers * bytesPerWorker;
                    Simulations.this.notifyAll();
                }
            }
        }

        void release() {
            synchronized (Simulations.this) {
                if (freed) {
                    return;
                }
                workersDone();
                freed = true;
                bytesInUse -= resultBytes;
                running--;
                Simulations.this.notifyAll();
            }
        }
    }

    Simulations(int threads) {
        this(threads, (long) (HEAP_SHARE * Runtime.getRuntime().maxMemory()));
    }

    Simulations(int threads, long memory) {
        this(threads, memory, false);
    }

    /**
     * For a cluster with {@code cores} cores: scenarios' workers are executors' task slots, so
     * the thread budget is the cluster's; the driver's heap holds a running scenario's merged
     * results, one task's blocks in transit and its decoded sketches, about three workers' worth.
     */
    static Simulations remote(int cores) {
        return new Simulations(cores, (long) (HEAP_SHARE * Runtime.getRuntime().maxMemory()), true);
    }

    private Simulations(int threads, long memory, boolean remote) {
        this.threads = threads;
        this.memory = memory;
        this.remote = remote;
        this.pool = Executors.newFixedThreadPool(threads, daemons("scalesim-sim-"));
        this.coordinators = Executors.newCachedThreadPool(daemons("scalesim-scenario-"));
    }

    /**
     * Why a simulation cannot run on this heap, or empty when it can: even one worker's state
     * ({@link Engine#workerBytes}, the least any local run holds) exceeds the share of the heap
     * claims may use. Measured on a 14-arm, 240-month, 2,000-trial scenario whose estimate is
     * 784 MB (so "needs about 1,120 MB"): it ran out of memory under -Xmx700m and completed under
     * -Xmx1200m. The message says which heap it needs and how to give it.
     */
    Optional<String> tooBig(Simulation sim) {
        if (remote) {
            return Optional.empty();  // the driver holds merges only; executors have their own heaps
        }
        long least = Engine.workerBytes(sim);
        if (least <= memory) {
            return Optional.empty();
        }
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        long neededMb = (long) Math.ceil(least / HEAP_SHARE / (1 << 20));
        long suggestMb = Math.max(neededMb, 2 * heapMb);
        return Optional.of(String.format(Locale.ROOT, "needs about %,d MB of Java heap (%d arms x %d months), "
                + "this run has %,d MB: give it more, e.g. SCALESIM_JAVA_OPTS=-Xmx%dm, or fewer --months or arms",
                neededMb, sim.arms().size(), sim.months(), heapMb, ((suggestMb + 1023) / 1024) * 1024));
    }

    /** Workers a simulation gets: as many as its blocks and the threads allow, within the heap. */
    int workersFor(Simulation sim, long bytesPerWorker) {
        if (remote) {
            return Engine.workersFor(sim, threads);
        }
        long fit = Math.max(1, memory / Math.max(1, bytesPerWorker) - 1);
        return (int) Math.min(Engine.workersFor(sim, threads), fit);
    }

    /**
     * Waits until the job's claim fits, then runs {@code task} on a coordinator thread. Returns
     * false, without running it, when {@code stopping} turned true meanwhile. The calling thread
     * is never interrupted for this: it polls {@code stopping}.
     */
    boolean start(Job job, BooleanSupplier stopping, Task task) {
        long bytesPerWorker = Engine.workerBytes(job.scenario().simulation());
        int workers = workersFor(job.scenario().simulation(), bytesPerWorker);
        // remote: the driver's share (merge in transit) is claimed as if by two workers
        Claim claim = remote ? claim(workers, 2 * bytesPerWorker / Math.max(1, workers), bytesPerWorker, stopping)
                : claim(workers, bytesPerWorker, bytesPerWorker, stopping);
        if (claim == null) {
            return false;
        }
        try {
            coordinators.execute(() -> {
                try {
                    task.run(claim, pool);
                } catch (RuntimeException | Error e) {
                    claim.release();
                    throw e;
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            claim.release();
            return false;
        }
    }

    private synchronized Claim claim(int workers, long bytesPerWorker, long resultBytes, BooleanSupplier stopping) {
        long bytes = workers * bytesPerWorker + resultBytes;
        while (running > 0 && (workersInUse + workers > 2 * threads || bytesInUse + bytes > memory)) {
            if (stopping.getAsBoolean()) {
                return null;
            }
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        if (stopping.getAsBoolean()) {
            return null;
        }
        workersInUse += workers;
        bytesInUse += bytes;
        running++;
        return new Claim(workers, bytesPerWorker, resultBytes);
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

    static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
