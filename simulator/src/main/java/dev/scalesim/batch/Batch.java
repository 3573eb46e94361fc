package dev.scalesim.batch;

import dev.scalesim.analysis.Analysed;
import dev.scalesim.analysis.Analyses;
import dev.scalesim.analysis.Simulator;
import dev.scalesim.batch.progress.Progress;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Results;
import dev.scalesim.report.BatchSummary;
import dev.scalesim.report.ExistingReport;
import dev.scalesim.report.Ledger;
import dev.scalesim.report.Manifest;
import dev.scalesim.report.Ownership;
import dev.scalesim.report.ReportOptions;
import dev.scalesim.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Runs a {@link Plan}: one object per run. In order: make sure nothing the run did not write is in
 * its way ({@link Ownership}), prepare and lock the output folders
 * ({@link Workspace}), open the run logs, keep up-to-date reports ({@code --resume}), then start
 * scenarios in input order on the shared simulation pool ({@link Simulations}) and hand each
 * finished one to the writers ({@link Writing}); the {@link Tally} finishes each output folder
 * once all its scenarios are done.
 *
 * <p>Stopping: a {@link Cancellation} (Ctrl-C, SIGTERM) or a write failure (disk full, folder
 * gone) stops starting scenarios and interrupts the running ones; scenarios that finished
 * simulating are still written, then the run returns. Reports appear only complete (written
 * aside and renamed), so whatever is on disk afterwards is either a whole report or a hidden
 * partial that the next run removes. A scenario that fails on its own (a bug, a deleted input
 * file) costs only itself: the others go on. On a {@link Cluster}, a cluster failure (the
 * cluster gone, a job failed after Spark's retries) stops the run the same way, said once.
 */
public final class Batch {
    private final Plan plan;
    private final BatchOptions options;
    private final Progress progress;
    private final Cancellation cancellation;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Map<Path, String> inputProblems = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Path, Integer> inputSkipped = Collections.synchronizedMap(new HashMap<>());
    private volatile boolean stopping;
    private volatile boolean writeFailed;
    private volatile Simulations simulations;
    private final Cluster cluster;
    private volatile String clusterFailure;

    public Batch(Plan plan, BatchOptions options, Progress progress, Cancellation cancellation) {
        this(plan, options, progress, cancellation, null);
    }

    /** A batch whose scenarios are simulated on {@code cluster} (null: on this machine's threads). */
    public Batch(Plan plan, BatchOptions options, Progress progress, Cancellation cancellation, Cluster cluster) {
        this.plan = plan;
        this.options = options;
        this.progress = progress;
        this.cancellation = cancellation;
        this.cluster = cluster;
    }

    /**
     * Runs every scenario of the plan.
     *
     * @throws SetupException when an output folder cannot be prepared; nothing ran
     */
    public Outcome run() throws SetupException {
        long started = System.nanoTime();
        int all = plan.jobs().size();
        if (cancellation.isCancelled()) {
            // Stopped while the files were being read: leave the disk as it was.
            return new Outcome(Outcome.Status.INTERRUPTED, all, 0, 0, 0, all, List.of(), List.of(), 0);
        }
        List<String> inTheWay = new ArrayList<>();
        for (Path dir : plan.dirs()) {
            inTheWay.addAll(Ownership.problems(dir, plan.jobsIn(dir).stream().map(Job::folder).toList()));
        }
        if (!inTheWay.isEmpty()) {
            throw new SetupException(inTheWay);
        }
        Runnable stop = this::stop;
        try (Workspace workspace = Workspace.open(plan.dirs())) {
            RunLog log;
            try {
                log = RunLog.open(plan.dirs(), this::writeFailed);
            } catch (IOException e) {
                throw new SetupException(List.of(e.getMessage()));
            }
            cancellation.onCancel(stop);
            try (log) {
                return run(workspace, log, started);
            } finally {
                cancellation.remove(stop);
            }
        }
    }

    private Outcome run(Workspace workspace, RunLog log, long started) {
        log.writeAll("start", String.format(Locale.ROOT, "scalesim %s: %d scenario%s from %d file%s, %s%s%s",
                options.version(), plan.jobs().size(), plural(plan.jobs().size()), plan.files().size(),
                plural(plan.files().size()), cluster == null ? options.threads() + " thread" + plural(options.threads())
                        : "on Spark " + cluster.master() + " (" + cluster.parallelism() + " cores)",
                options.resume() ? ", resuming" : "", options.charts() ? "" : ", no charts"));
        workspace.recovered().forEach((dir, lines) -> lines.forEach(l -> log.write(dir, "cleanup", l)));
        Tally tally = new Tally(plan, reportOptions(), log, progress, this::writeFailed);
        List<Job> toRun = keepUpToDate(tally, log);
        progress.begin(plan.jobs().size(), plan.jobs().size() - toRun.size(),
                toRun.stream().mapToLong(Job::trials).sum(), toRun.stream().mapToLong(Job::work).sum());
        boolean[] runs = new boolean[plan.jobs().size()];
        toRun.forEach(j -> runs[j.index()] = true);
        plan.jobs().stream().filter(j -> !runs[j.index()])
                .forEach(j -> progress.skipped(j.name() + ": report up to date, skipped"));
        try {
            simulate(toRun, tally);
        } finally {
            progress.end();
        }
        int notStarted = tally.stopPending();
        inputProblems.forEach((file, problem) -> {
            int n = inputSkipped.getOrDefault(file, 0);
            problems.add("input file " + file + " " + problem + ": its " + n + " remaining scenario" + plural(n)
                    + (n == 1 ? " was" : " were") + " not run");
        });
        Outcome.Status status = cancellation.isCancelled() ? Outcome.Status.INTERRUPTED
                : writeFailed || clusterFailure != null || tally.count(Tally.State.FAILED) > 0 || notStarted > 0 ? Outcome.Status.FAILED
                : Outcome.Status.COMPLETE;
        long elapsed = System.nanoTime() - started;
        for (Path dir : plan.dirs()) {
            log.write(dir, "end", String.format(Locale.ROOT, "%s after %.1f s: %s%s",
                    status.name().toLowerCase(Locale.ROOT), elapsed / 1e9, tally.counts(dir),
                    status == Outcome.Status.COMPLETE ? "" : "; resume with: " + options.resumeCommand()));
        }
        return new Outcome(status, plan.jobs().size(), tally.count(Tally.State.WRITTEN),
                tally.count(Tally.State.SKIPPED), tally.count(Tally.State.FAILED),
                tally.count(Tally.State.STOPPED), new ArrayList<>(problems), tally.summaries(), elapsed,
                clusterFailure);
    }

    /** With {@code --resume}: keeps every report that matches, returns the jobs left to run. */
    private List<Job> keepUpToDate(Tally tally, RunLog log) {
        if (!options.resume()) {
            return plan.jobs();
        }
        List<Job> toRun = new ArrayList<>();
        for (Job job : plan.jobs()) {
            String fingerprint = Manifest.fingerprint(job.scenario(), options.version());
            if (ExistingReport.matches(job.folder(), fingerprint, options.charts(), options.deck())) {
                try {
                    tally.skipped(job, BatchSummary.fromReport(job.scenario(), job.folder()));
                    continue;
                } catch (IOException | RuntimeException e) {
                    log.write(job.dir(), "rerun", job.name() + ": its tables could not be read back ("
                            + Reasons.of(e) + "), so it runs again");
                }
            } else if (Files.isDirectory(job.folder())) {
                log.write(job.dir(), "rerun", job.name() + ": its report does not match this run (inputs, settings,"
                        + " version or charts differ), so it runs again");
            }
            toRun.add(job);
        }
        return toRun;
    }

    private void simulate(List<Job> toRun, Tally tally) {
        Map<Path, String> hashes = new HashMap<>();
        plan.jobs().forEach(j -> hashes.putIfAbsent(j.scenario().file(), j.scenario().fileSha256()));
        InputCheck inputs = new InputCheck(hashes);
        try (Simulations sims = cluster == null ? new Simulations(options.threads())
                : Simulations.remote(cluster.parallelism());
                Writing writing = new Writing(Writing.writersFor(options.threads()))) {
            simulations = sims;
            if (stopping) {
                sims.cancel();
            }
            for (Job job : toRun) {
                if (stopping) {
                    break;
                }
                Path file = job.scenario().file();
                Optional<String> problem = inputs.problem(file);
                if (problem.isPresent()) {
                    inputProblems.putIfAbsent(file, problem.get());
                    inputSkipped.merge(file, 1, Integer::sum);
                    tally.failed(job, "not run: its input file " + problem.get());
                    continue;
                }
                Optional<String> tooBig = sims.tooBig(job.scenario().simulation());
                if (tooBig.isPresent()) {
                    // refused before it starts: on a heap this small it would thrash or die mid-run
                    tally.failed(job, "not run: " + tooBig.get());
                    problems.add("scenario " + job.describe() + " not run: " + tooBig.get());
                    continue;
                }
                if (!sims.start(job, () -> stopping, (claim, pool) -> simulate(job, claim, pool, writing, tally))) {
                    break;
                }
            }
            sims.awaitIdle();
            writing.awaitIdle();
        }
    }

    /** On a coordinator thread: simulates one scenario and queues its report. */
    private void simulate(Job job, Simulations.Claim claim, ExecutorService pool, Writing writing, Tally tally) {
        Analysed results;
        try {
            // the simulation, then any plan search (decision analytics) on the same workers
            Simulator simulator = cluster == null ? Simulator.local(claim.workers(), pool) : cluster.simulator();
            results = Analyses.run(job.scenario(), simulator, new Engine.Listener() {
                private long reported;

                @Override
                public void blockDone(long trialsDone, long trialsTotal) {
                    long trials = trialsDone - reported;
                    reported = trialsDone;
                    progress.advanced(trials, trials * job.armMonths());
                }
            });
        } catch (Engine.CancelledException e) {
            claim.release();
            tally.stopped(job);
            return;
        } catch (ClusterException e) {
            // the cluster is gone or a job failed for good: every other scenario would fail the same way
            claim.release();
            tally.stopped(job);
            if (!stopping) {
                clusterFailed(e.getMessage());
            }
            return;
        } catch (OutOfMemoryError e) {
            claim.release();
            tally.failed(job, "out of memory");
            problems.add("out of memory simulating " + job.describe() + ": give Java more memory"
                    + " (SCALESIM_JAVA_OPTS=-Xmx4g) or run it with fewer --threads");
            // its memory is free again once it is dropped: the other scenarios go on
            return;
        } catch (RuntimeException e) {
            claim.release();
            if (stopping) {
                tally.stopped(job);
            } else {
                tally.failed(job, "simulation failed: " + Reasons.of(e));
                problems.add("scenario " + job.describe() + " failed: " + Reasons.of(e));
            }
            return;
        }
        // A precision target may stop before the trials the progress counted on: the rest is done too.
        long unrun = job.scenario().simulation().trials() - results.results().trials();
        if (unrun > 0) {
            progress.advanced(0, unrun * job.armMonths());
        }
        // Finished simulating: written even if the run is being stopped, so the scenario is kept.
        // The workers are given back once the report has a writer slot (backpressure); the
        // results keep their memory claim until written.
        writing.submit(claim::workersDone, () -> {
            try {
                write(job, results, tally);
            } finally {
                claim.release();
            }
        });
    }

    /** On a writer thread: writes one report, then tells the tally. */
    private void write(Job job, Analysed analysed, Tally tally) {
        Results results = analysed.results();
        if (writeFailed) {
            tally.stopped(job);
            return;
        }
        long started = System.nanoTime();
        try {
            ReportWriter.write(job.dir(), job.scenario(), analysed, reportOptions());
            BatchSummary.Rows rows = BatchSummary.rows(job.scenario(), results);
            String note = String.format(Locale.ROOT, "%,d trials x %d arms x %d months, simulated in %.1f s,"
                    + " written in %.1f s", results.trials(), results.arms().size(), job.scenario().simulation().months(),
                    results.elapsedNanos() / 1e9, (System.nanoTime() - started) / 1e9);
            String ledger = Ledger.summary(results);
            if (ledger != null) {
                note += "; ledger: " + ledger;  // one summary with the count, not one warning per arm
            }
            tally.written(job, rows, note);
        } catch (IOException | UncheckedIOException e) {
            tally.failed(job, "cannot write its report: " + Reasons.of(e));
            writeFailed("cannot write the report of '" + job.name() + "' in " + job.dir() + ": " + Reasons.of(e));
        } catch (RuntimeException e) {
            tally.failed(job, "writing its report failed: " + Reasons.of(e));
            problems.add("scenario " + job.describe() + ": writing its report failed: " + Reasons.of(e));
        } catch (OutOfMemoryError e) {
            // charts of a wide scenario on a small heap: this report is lost, the others go on
            tally.failed(job, "out of memory writing its report");
            problems.add("out of memory writing the report of " + job.describe() + ": give Java more memory"
                    + " (SCALESIM_JAVA_OPTS=-Xmx4g) or run with --no-charts");
        }
    }

    /**
     * How reports and run folders are written. Every writer thread may be rendering charts at
     * once, so each renders on its share of the threads: rendering memory (a 1920 x 1080 image
     * per chart in progress) grows with the cores, not with their square.
     */
    private ReportOptions reportOptions() {
        int writers = Writing.writersFor(options.threads());
        return new ReportOptions(options.version(), cluster == null ? options.threads() : cluster.parallelism(),
                options.charts(), Math.max(1, options.threads() / writers),
                cluster == null ? "local" : "spark " + cluster.master(), options.deck());
    }

    /** A write failed: nothing more can be kept, so the run stops; the first failure is reported. */
    private synchronized void writeFailed(String problem) {
        if (!writeFailed) {
            writeFailed = true;
            problems.add(problem);
        }
        stop();
    }

    private synchronized void clusterFailed(String problem) {
        if (clusterFailure == null) {
            clusterFailure = problem;
        }
        stop();
    }

    private void stop() {
        stopping = true;
        Simulations sims = simulations;
        if (sims != null) {
            sims.cancel();
        }
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
