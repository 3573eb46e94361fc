package dev.scalesim.batch.progress;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The counters behind a progress view: scenarios done, trials and trial-arm-months simulated,
 * and the rates and time left derived from them. Thread-safe; the clocks are injected so views
 * can be tested without waiting.
 */
final class Meter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LongSupplier nanos;
    private final Clock wall;
    private final AtomicInteger done = new AtomicInteger();
    private final LongAdder trials = new LongAdder();
    private final LongAdder work = new LongAdder();
    private volatile long started;
    private volatile int scenarios;
    private volatile long workTotal;

    /** What a view draws at one moment. */
    record Snapshot(int done, int scenarios, long trials, double fraction, double trialsPerSecond,
            double secondsLeft) {
    }

    Meter(LongSupplier nanos, Clock wall) {
        this.nanos = nanos;
        this.wall = wall;
    }

    static Meter system() {
        return new Meter(System::nanoTime, Clock.systemDefaultZone());
    }

    /** Starts the clocks; kept scenarios are counted as they are told ({@link #next}). */
    void begin(int scenarioCount, long workToDo) {
        started = nanos.getAsLong();
        scenarios = scenarioCount;
        workTotal = workToDo;
        done.set(0);
    }

    void advanced(long trialCount, long workCount) {
        trials.add(trialCount);
        work.add(workCount);
    }

    /** Counts one more scenario done (kept, finished or failed) and returns the new count. */
    int next() {
        return done.incrementAndGet();
    }

    int scenarios() {
        return scenarios;
    }

    Snapshot snapshot() {
        double seconds = (nanos.getAsLong() - started) / 1e9;
        long workDone = work.sum();
        long trialsDone = trials.sum();
        int doneNow = done.get();
        double fraction = workTotal > 0 ? Math.min(1, (double) workDone / workTotal)
                : scenarios > 0 ? (double) doneNow / scenarios : 1;
        double rate = seconds > 0 ? trialsDone / seconds : 0;
        // Time left from work (trials x arms x months), not trials: scenarios differ in size.
        double left = workDone >= workTotal ? 0
                : seconds >= 1 && workDone > 0 ? (workTotal - workDone) * seconds / workDone : Double.NaN;
        return new Snapshot(doneNow, scenarios, trialsDone, fraction, rate, Math.max(0, left));
    }

    String timestamp() {
        return LocalDateTime.now(wall).format(STAMP);
    }

    /** {@code 45s}, {@code 3m 05s}, {@code 2h 03m}; {@code --} when unknown. */
    static String duration(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "--";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm %02ds", s / 60, s % 60);
        }
        return String.format("%dh %02dm", s / 3600, s / 60 % 60);
    }

    /** A count with thousands separators, whatever the locale. */
    static String count(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
}
