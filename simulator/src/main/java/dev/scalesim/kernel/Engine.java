package dev.scalesim.kernel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a simulation: trials in fixed-size blocks on a pool of workers, block summaries merged
 * strictly in block order, so results depend on (scenario, seed) only, never on the thread
 * count or which block finishes first. At most {@code 2 x workers} blocks are in flight, so
 * memory does not grow with the number of trials.
 *
 * <p>The pool is either the engine's own or one shared by several simulations running at once
 * (a batch keeps every core busy that way). Interrupting the calling thread cancels the run:
 * blocks in flight are interrupted too and {@link CancelledException} is thrown.
 */
public final class Engine {
    /** Trials per block. Fixed: changing it changes the floating-point merge order. */
    public static final int BLOCK = 500;

    /** Told after each block is merged, on the calling thread. */
    @FunctionalInterface
    public interface Listener {
        void blockDone(long trialsDone, long trialsTotal);

        Listener NONE = (done, total) -> { };
    }

    private Engine() {
    }

    public static Results run(Simulation sim, int threads) {
        return run(sim, threads, Listener.NONE);
    }

    /** Runs on a pool of its own with up to {@code threads} threads. */
    public static Results run(Simulation sim, int threads, Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int workers = workersFor(sim, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "scalesim-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return run(sim, workers, pool, listener);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Workers a simulation can use on {@code threads} threads: never more than it has blocks. */
    public static int workersFor(Simulation sim, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return Math.min(threads, blocks(sim));
    }

    /**
     * Runs with {@code workers} workers whose blocks execute on {@code pool}, which may be
     * shared with other simulations. The pool is left running.
     */
    public static Results run(Simulation sim, int workers, ExecutorService pool, Listener listener) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        }
        long started = System.nanoTime();
        Layout layout = new Layout(sim);
        int blocks = blocks(sim);
        int workersWanted = Math.min(workers, blocks);
        // A block task takes one of this simulation's workers before it runs. With workers =
        // workersFor(sim, pool threads), no more of its tasks can run at once than it has
        // workers, so no pool thread ever waits for one; with fewer, a thread may wait, but only
        // for a worker held by a running block, so the pool never deadlocks.
        int window = 2 * workersWanted;
        int metrics = layout.monthly().size();
        int arms = layout.plans().size();
        Summary total = new Summary(arms, metrics, sim.months());
        BlockingQueue<Worker> idle = new ArrayBlockingQueue<>(workersWanted);
        BlockingQueue<Summary> spare = new ArrayBlockingQueue<>(window);
        java.util.List<Worker> all = new java.util.ArrayList<>();
        for (int i = 0; i < workersWanted; i++) {
            all.add(new Worker(layout));
        }
        idle.addAll(all);
        for (int i = 0; i < Math.min(window, blocks); i++) {
            spare.add(new Summary(arms, metrics, sim.months()));
        }
        Deque<Future<Summary>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < blocks && inFlight.size() < window) {
                inFlight.add(submit(pool, idle, spare.remove(), sim, next++));
            }
            for (int b = 0; b < blocks; b++) {
                Summary block = inFlight.removeFirst().get();
                total.merge(block);
                block.clear();
                spare.add(block);
                listener.blockDone(total.trials, sim.trials());
                if (next < blocks) {
                    inFlight.add(submit(pool, idle, spare.remove(), sim, next++));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        Quantiles quantiles = new Quantiles(Summary.monthlySlots(arms, metrics, sim.months()),
                arms * Outcomes.COUNT);
        all.forEach(w -> quantiles.merge(w.quantiles()));
        return new Results(sim, layout, total, quantiles, System.nanoTime() - started);
    }

    /**
     * Sketch memory assumed per slot (one metric of one arm in one month, or one outcome of one
     * arm). Sketches only grow with the spread of the values, not with trials: measured on
     * subscription-saas's reference example (13 arms, 10,426 slots), the merged sketches hold
     * 3.0 KB per slot at 2,000 trials and 3.8 KB at 20,000 (16-bit counts, arrays sized to the
     * spread); rounded up for safety (the spread still widens slowly with trials, and a bucket
     * past 65,535 values adds a carry array).
     */
    static final long SKETCH_BYTES_PER_SLOT = 6L << 10;

    /**
     * An estimate, on the safe side, of the heap one worker of this simulation holds (its
     * sketches, recorders and the block summaries it keeps in flight). A finished run's
     * {@link Results} hold about as much. Lets a scheduler keep concurrent simulations within
     * the heap; the number does not grow with trials.
     */
    public static long workerBytes(Simulation sim) {
        Layout layout = new Layout(sim);
        long arms = layout.plans().size();
        long monthly = arms * layout.monthly().size() * sim.months();
        long outcomes = arms * Outcomes.COUNT;
        long sketches = (monthly + outcomes) * SKETCH_BYTES_PER_SLOT;
        long recorders = Math.min(Recorder.BUFFER_BYTES, monthly * BLOCK * Double.BYTES)
                + Math.min(Recorder.BUFFER_BYTES, outcomes * BLOCK * Double.BYTES);
        // Two summaries in flight per worker: moments (count, mean, m2) per slot, four sets for
        // outcomes, and the cohort survivor table.
        long summary = (monthly + 4 * outcomes) * 3 * Long.BYTES + arms * (sim.months() + 1L) * (sim.months() + 1L)
                * Double.BYTES;
        return sketches + recorders + 2 * summary;
    }

    private static int blocks(Simulation sim) {
        return (int) ((sim.trials() + (long) BLOCK - 1) / BLOCK);
    }

    private static Future<Summary> submit(ExecutorService pool, BlockingQueue<Worker> idle,
            Summary into, Simulation sim, int block) {
        return pool.submit(() -> {
            Worker worker = idle.take();
            try {
                long first = (long) block * BLOCK;
                int count = (int) Math.min(BLOCK, sim.trials() - first);
                worker.run(first, count, into);
                return into;
            } finally {
                idle.add(worker);
            }
        });
    }

    /** The run was interrupted before it finished. */
    public static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException(String message) {
            super(message);
        }
    }
}
