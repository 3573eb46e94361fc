package dev.scalesim.batch;

import dev.scalesim.batch.progress.Progress;
import dev.scalesim.report.BatchSummary;
import dev.scalesim.report.ReportOptions;
import dev.scalesim.report.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where every scenario of a run stands, told to the run log and the progress view as it
 * changes. It keeps each finished scenario's batch-summary rows (never its results) until every
 * scenario of its output folder is done, then finishes that folder ({@link RunFolder#finish}:
 * {@code batch-summary.csv}, the comparison chart, {@code index.html}) and lets the rows go. A
 * folder with a failed or unfinished scenario is not finished: its summary would not cover the
 * run.
 */
final class Tally {
    enum State {
        PENDING, SKIPPED, WRITTEN, FAILED, STOPPED
    }

    private final Plan plan;
    private final ReportOptions options;
    private final RunLog log;
    private final Progress progress;
    private final Consumer<String> fatal;
    private final State[] states;
    private final BatchSummary.Rows[] rows;
    private final Map<Path, Integer> open = new HashMap<>();
    private final List<Outcome.Summary> summaries = new ArrayList<>();

    Tally(Plan plan, ReportOptions options, RunLog log, Progress progress, Consumer<String> fatal) {
        this.plan = plan;
        this.options = options;
        this.log = log;
        this.progress = progress;
        this.fatal = fatal;
        this.states = new State[plan.jobs().size()];
        this.rows = new BatchSummary.Rows[states.length];
        Arrays.fill(states, State.PENDING);
        for (Job j : plan.jobs()) {
            open.merge(j.dir(), 1, Integer::sum);
        }
    }

    /** An up-to-date report was kept. */
    void skipped(Job job, BatchSummary.Rows kept) {
        log.write(job.dir(), "skipped", job.name() + ": report up to date, kept (" + where(job) + ")");
        done(job, State.SKIPPED, kept);
    }

    /** The scenario was simulated and its report written. */
    void written(Job job, BatchSummary.Rows made, String detail) {
        log.write(job.dir(), "ran", job.name() + ": " + detail + " (" + where(job) + ")");
        progress.finished(job.name() + ": " + detail + " -> " + job.folder());
        done(job, State.WRITTEN, made);
    }

    /** The scenario failed, or could not run; {@code reason} says why. */
    void failed(Job job, String reason) {
        synchronized (this) {
            states[job.index()] = State.FAILED;
        }
        log.write(job.dir(), "failed", job.name() + ": " + reason + " (" + where(job) + ")");
        progress.failed(job.name() + ": FAILED, " + reason);
    }

    /** The run stopped while the scenario was being simulated. */
    void stopped(Job job) {
        synchronized (this) {
            states[job.index()] = State.STOPPED;
        }
        log.write(job.dir(), "stopped", job.name() + ": stopped before it finished; nothing of it was kept");
    }

    /** The run is over: every scenario still pending never started. */
    synchronized int stopPending() {
        int n = 0;
        for (int i = 0; i < states.length; i++) {
            if (states[i] == State.PENDING) {
                states[i] = State.STOPPED;
                n++;
            }
        }
        return n;
    }

    synchronized int count(State state) {
        int n = 0;
        for (State s : states) {
            n += s == state ? 1 : 0;
        }
        return n;
    }

    /** Counts of one folder, for its log: ran, skipped, failed, not done. */
    synchronized String counts(Path dir) {
        int[] c = new int[State.values().length];
        for (Job j : plan.jobs()) {
            if (j.dir().equals(dir)) {
                c[states[j.index()].ordinal()]++;
            }
        }
        return c[State.WRITTEN.ordinal()] + " ran, " + c[State.SKIPPED.ordinal()] + " skipped, "
                + c[State.FAILED.ordinal()] + " failed, " + (c[State.STOPPED.ordinal()] + c[State.PENDING.ordinal()])
                + " not done";
    }

    synchronized List<Outcome.Summary> summaries() {
        return List.copyOf(summaries);
    }

    private void done(Job job, State state, BatchSummary.Rows r) {
        List<BatchSummary.Rows> folder = null;
        synchronized (this) {
            states[job.index()] = state;
            rows[job.index()] = r;
            if (open.merge(job.dir(), -1, Integer::sum) == 0) {
                folder = new ArrayList<>();
                for (Job j : plan.jobsIn(job.dir())) {
                    folder.add(rows[j.index()]);
                    rows[j.index()] = null;
                }
            }
        }
        if (folder != null) {
            finish(job.dir(), folder);
        }
    }

    private void finish(Path dir, List<BatchSummary.Rows> folder) {
        try {
            RunFolder.finish(dir, folder, options);
        } catch (IOException | RuntimeException e) {
            fatal.accept("cannot write the run summary of " + dir + ": " + Reasons.of(e));
            return;
        }
        log.write(dir, "summary", "batch-summary.csv and index.html cover all " + folder.size() + " scenarios of this folder");
        synchronized (this) {
            summaries.add(new Outcome.Summary(dir, folder.size()));
        }
    }

    private static String where(Job job) {
        return job.scenario().file() + ":" + job.scenario().line();
    }
}
