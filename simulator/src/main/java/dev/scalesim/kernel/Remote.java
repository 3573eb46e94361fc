package dev.scalesim.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A run whose blocks execute elsewhere, on a cluster's executors, yet gives the very results of
 * {@link Engine#run}: the driver keeps the engine's schedule (rounds for a {@link
 * Engine.StopRule}, decided between rounds) and merges block summaries strictly in block order,
 * as the engine does; quantile sketches merge in any order. Executors compute {@link #runBlocks},
 * a pure function of (simulation, block range), so a retried or duplicated task changes nothing.
 * Block summaries and sketches travel as {@link SummaryCodec} bytes, never as Java-serialized
 * engine objects.
 */
public final class Remote {
    private Remote() {
    }

    /** Runs a contiguous range of a simulation's blocks somewhere and hands back their bytes. */
    @FunctionalInterface
    public interface Blocks {
        /**
         * Runs blocks {@code [from, to)} and passes every block's bytes to {@link Merge#block}
         * in block order, and their sketches (one or more encodings, in any order) to {@link
         * Merge#sketches}.
         */
        void run(int from, int to, Merge into) throws InterruptedException;
    }

    /**
     * Runs {@code sim} through {@code blocks}: in rounds when {@code rule} is not null, as
     * {@link Engine#run(Simulation, int, java.util.concurrent.ExecutorService, Engine.Listener,
     * Engine.StopRule)} does.
     *
     * @throws Engine.CancelledException when interrupted
     */
    public static Results run(Simulation sim, Blocks blocks, Engine.Listener listener, Engine.StopRule rule) {
        long started = System.nanoTime();
        Merge merge = new Merge(sim, listener);
        int all = Engine.blocks(sim);
        int from = 0;
        int limit = Engine.firstRound(all, rule);
        try {
            while (true) {
                merge.expect(from, limit);
                blocks.run(from, limit, merge);
                merge.complete();
                if (limit == all || rule == null
                        || rule.enough(new Results(sim, merge.layout, merge.total, new Quantiles(0, 0),
                                System.nanoTime() - started))) {
                    break;
                }
                from = limit;
                limit = Math.min(all, Engine.nextRound(limit));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Engine.CancelledException("interrupted");
        }
        if (merge.sketchTrials != merge.total.trials) {
            throw new IllegalStateException("sketches hold " + merge.sketchTrials + " trials, the blocks "
                    + merge.total.trials);
        }
        return new Results(sim, merge.layout, merge.total, merge.quantiles, System.nanoTime() - started);
    }

    /**
     * Executor side: runs blocks {@code [from, to)} on one worker; returns each block's encoded
     * summary in block order, then the worker's encoded sketches.
     */
    public static List<byte[]> runBlocks(Simulation sim, int from, int to) {
        int all = Engine.blocks(sim);
        if (from < 0 || from >= to || to > all) {
            throw new IllegalArgumentException("blocks [" + from + ", " + to + ") outside [0, " + all + ")");
        }
        Layout layout = new Layout(sim);
        Worker worker = new Worker(layout);
        List<byte[]> out = new ArrayList<>(to - from + 1);
        long trials = 0;
        for (int b = from; b < to; b++) {
            // a fresh summary per block: nothing left over from the previous block is shipped
            Summary s = new Summary(layout.plans().size(), layout.recordedMetrics(), sim.months(),
                    Engine.records(layout, false));
            long first = (long) b * Engine.BLOCK;
            int count = (int) Math.min(Engine.BLOCK, sim.trials() - first);
            worker.run(first, count, s);
            out.add(SummaryCodec.encodeBlock(b, s));
            trials += count;
        }
        out.add(SummaryCodec.encodeSketches(worker.quantiles(), trials));
        return out;
    }

    /** Whether an encoding from {@link #runBlocks} holds sketches (else a block's summary). */
    public static boolean isSketches(byte[] encoded) {
        return SummaryCodec.isSketches(encoded);
    }

    /** Two encoded sketch sets as one; order-free, so a cluster may reduce them in any tree. */
    public static byte[] mergeSketches(byte[] a, byte[] b) {
        return SummaryCodec.mergeEncoded(a, b);
    }

    /** The driver's side of a run: block summaries merged in block order, sketches in any order. */
    public static final class Merge {
        private final Simulation sim;
        private final Layout layout;
        private final Summary total;
        private final Summary block;
        private final Quantiles quantiles;
        private final Engine.Listener listener;
        private int next;
        private int end;
        private long sketchTrials;

        private Merge(Simulation sim, Engine.Listener listener) {
            this.sim = sim;
            this.layout = new Layout(sim);
            this.listener = listener;
            int arms = layout.plans().size();
            int metrics = layout.recordedMetrics();
            total = new Summary(arms, metrics, sim.months(), Engine.records(layout, true));
            block = new Summary(arms, metrics, sim.months(), Engine.records(layout, false));
            quantiles = new Quantiles(Summary.monthlySlots(arms, metrics, sim.months()), arms * Outcomes.COUNT);
        }

        private void expect(int from, int to) {
            next = from;
            end = to;
        }

        /** Merges the next block's encoded summary; blocks must come in block order. */
        public void block(byte[] encoded) {
            int index = SummaryCodec.decodeBlock(encoded, block);
            if (index != next || index >= end) {
                throw new IllegalStateException("block " + index + " arrived where block " + next + " of [.., " + end
                        + ") was due");
            }
            total.merge(block);
            next++;
            listener.blockDone(total.trials, sim.trials());
        }

        /** Merges encoded sketches (of any blocks of the current round, in any order). */
        public void sketches(byte[] encoded) {
            sketchTrials += SummaryCodec.mergeSketches(encoded, quantiles);
        }

        private void complete() {
            if (next != end) {
                throw new IllegalStateException("blocks up to " + end + " were due, " + next + " arrived");
            }
        }
    }
}
