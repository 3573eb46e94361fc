package dev.scalesim.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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

    /**
     * Blocks in a {@link StopRule}'s first round, and the least a later round adds (a round adds
     * a quarter of the blocks done, so the checks thin out as a run grows). The schedule is fixed,
     * so a run stops at the same trial count whatever its threads.
     */
    public static final int ROUND_BLOCKS = 4;

    /**
     * Decides between rounds of blocks whether a run has enough trials (e.g. the intervals it
     * reports are narrow enough). Consulted on the coordinating thread once every block of a
     * round is merged and before any block of the next round starts, so the decision and the
     * results depend only on (scenario, seed).
     */
    @FunctionalInterface
    public interface StopRule {
        /**
         * @param interim the merged results so far: means, paired comparisons, milestones and
         *     captured trials, but no quantiles (those are merged only at the end)
         */
        boolean enough(Results interim);
    }

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
        return run(sim, workers, pool, listener, null);
    }

    /** The block a round ending at {@code limit} blocks is followed by (see {@link #ROUND_BLOCKS}). */
    public static int nextRound(int limit) {
        return limit + Math.max(ROUND_BLOCKS, limit / 4);
    }

    /** The end of the first round: every block without a rule (see {@link #ROUND_BLOCKS}). */
    static int firstRound(int blocks, StopRule rule) {
        return rule == null ? blocks : Math.min(blocks, ROUND_BLOCKS);
    }

    /**
     * As {@link #run(Simulation, int, ExecutorService, Listener)}, but when {@code rule} is not
     * null the run goes in rounds and stops after the first round the rule finds enough, or at
     * the simulation's trials.
     */
    public static Results run(Simulation sim, int workers, ExecutorService pool, Listener listener, StopRule rule) {
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
        int metrics = layout.recordedMetrics();
        int arms = layout.plans().size();
        Summary total = new Summary(arms, metrics, sim.months(), records(layout, true));
        BlockingQueue<Worker> idle = new ArrayBlockingQueue<>(workersWanted);
        BlockingQueue<Summary> spare = new ArrayBlockingQueue<>(window);
        List<Worker> all = new ArrayList<>();
        for (int i = 0; i < workersWanted; i++) {
            all.add(new Worker(layout));
        }
        idle.addAll(all);
        for (int i = 0; i < Math.min(window, blocks); i++) {
            spare.add(new Summary(arms, metrics, sim.months(), records(layout, false)));
        }
        Deque<Future<Summary>> inFlight = new ArrayDeque<>();
        try {
            // Without a rule the one round is the whole run; with one, no block past the round's
            // end starts before the rule has seen the round (workers' sketches stay in step).
            int limit = firstRound(blocks, rule);
            int next = 0;
            while (next < limit && inFlight.size() < window) {
                inFlight.add(submit(pool, idle, spare.remove(), sim, next++));
            }
            for (int b = 0; b < limit; b++) {
                Summary block = inFlight.removeFirst().get();
                total.merge(block);
                block.clear();
                spare.add(block);
                listener.blockDone(total.trials, sim.trials());
                if (b + 1 == limit && limit < blocks && rule != null) {
                    if (rule.enough(new Results(sim, layout, total, new Quantiles(0, 0), System.nanoTime() - started))) {
                        break;
                    }
                    limit = Math.min(blocks, nextRound(limit));
                }
                while (next < limit && inFlight.size() < window) {
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
        // Into the first worker's sketches (this run's own): counts are integers, so the result
        // is the same as merging every worker into empty sketches, without one more copy of all.
        Quantiles quantiles = all.get(0).quantiles();
        all.subList(1, all.size()).forEach(w -> quantiles.merge(w.quantiles()));
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
        long monthly = arms * layout.recordedMetrics() * sim.months();
        long outcomes = arms * Outcomes.COUNT;
        long sketches = (monthly + outcomes) * SKETCH_BYTES_PER_SLOT;
        long recorders = Math.min(Recorder.BUFFER_BYTES, monthly * BLOCK * Double.BYTES)
                + Math.min(Recorder.BUFFER_BYTES, outcomes * BLOCK * Double.BYTES);
        // Two summaries in flight per worker: moments (count, mean, m2) per slot, four sets for
        // outcomes, and the cohort survivor table.
        long summary = (monthly + 4 * outcomes) * 3 * Long.BYTES + arms * (sim.months() + 1L) * (sim.months() + 1L)
                * Double.BYTES;
        Analysis a = sim.analysis();
        int width = a.capture() > 0 ? new CapturePlan(layout).width : 0;
        long capture = Math.min(a.capture(), sim.trials());
        long analytics = Records.bytes((int) arms, sim.months(), a.milestones().size(), width, capture)
                + 2 * Records.bytes((int) arms, sim.months(), a.milestones().size(), width, Math.min(capture, BLOCK));
        return sketches + recorders + 2 * summary + analytics;
    }

    /** The analytics record of a block, or of the run's total. */
    static Records records(Layout layout, boolean total) {
        Analysis a = layout.sim().analysis();
        int arms = layout.plans().size();
        int width = a.capture() > 0 ? new CapturePlan(layout).width : 0;
        long limit = Math.min(a.capture(), layout.sim().trials());
        return new Records(arms, layout.months(), a.milestones().size(), a.rankOutcome() >= 0, width, limit,
                total ? (int) limit : BLOCK);
    }

    /** Blocks a simulation's trials fill (the last may be partial). */
    public static int blocks(Simulation sim) {
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
