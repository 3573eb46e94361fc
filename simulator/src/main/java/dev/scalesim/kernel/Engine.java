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
 * count or which block finishes first. At most {@code 2 x threads} blocks are in flight, so
 * memory does not grow with the number of trials.
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

    public static Results run(Simulation sim, int threads, Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        long started = System.nanoTime();
        Layout layout = new Layout(sim);
        int blocks = (int) ((sim.trials() + (long) BLOCK - 1) / BLOCK);
        int workersWanted = Math.min(threads, blocks);
        int window = 2 * workersWanted;
        int metrics = layout.monthly().size();
        int arms = layout.plans().size();
        Summary total = new Summary(arms, metrics, sim.months());
        BlockingQueue<Worker> workers = new ArrayBlockingQueue<>(workersWanted);
        BlockingQueue<Summary> spare = new ArrayBlockingQueue<>(window);
        java.util.List<Worker> all = new java.util.ArrayList<>();
        for (int i = 0; i < workersWanted; i++) {
            all.add(new Worker(layout));
        }
        workers.addAll(all);
        for (int i = 0; i < Math.min(window, blocks); i++) {
            spare.add(new Summary(arms, metrics, sim.months()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(workersWanted, r -> {
            Thread thread = new Thread(r, "scalesim-worker");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Summary>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < blocks && inFlight.size() < window) {
                inFlight.add(submit(pool, workers, spare.remove(), sim, next++));
            }
            for (int b = 0; b < blocks; b++) {
                Summary block = inFlight.removeFirst().get();
                total.merge(block);
                block.clear();
                spare.add(block);
                listener.blockDone(total.trials, sim.trials());
                if (next < blocks) {
                    inFlight.add(submit(pool, workers, spare.remove(), sim, next++));
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
            pool.shutdownNow();
        }
        Quantiles quantiles = new Quantiles(Summary.monthlySlots(arms, metrics, sim.months()),
                arms * Outcomes.COUNT);
        all.forEach(w -> quantiles.merge(w.quantiles()));
        return new Results(sim, layout, total, quantiles, System.nanoTime() - started);
    }

    private static Future<Summary> submit(ExecutorService pool, BlockingQueue<Worker> workers,
            Summary into, Simulation sim, int block) {
        return pool.submit(() -> {
            Worker worker = workers.take();
            try {
                long first = (long) block * BLOCK;
                int count = (int) Math.min(BLOCK, sim.trials() - first);
                worker.run(first, count, into);
                return into;
            } finally {
                workers.add(worker);
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
