package dev.scalesim.cli;

import dev.scalesim.batch.Batch;
import dev.scalesim.batch.BatchOptions;
import dev.scalesim.batch.Cancellation;
import dev.scalesim.batch.Cluster;
import dev.scalesim.batch.ClusterException;
import dev.scalesim.batch.Outcome;
import dev.scalesim.batch.Plan;
import dev.scalesim.batch.SetupException;
import dev.scalesim.batch.ShutdownGuard;
import dev.scalesim.batch.progress.Progress;
import dev.scalesim.report.DeckFile;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioException;
import dev.scalesim.scenario.ScenarioFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scalesim run FILE_OR_DIR...}: reads and validates every file, then hands the scenarios
 * to a {@link Batch} and turns its {@link Outcome} into messages and an exit code. Ctrl-C and
 * SIGTERM cancel the batch through a {@link ShutdownGuard}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Simulate every scenario of the given files and write reports.",
            "Every file is validated before anything runs."})
public final class RunCommand implements Callable<Integer> {
    /** How long a signal waits for the run to stop cleanly before the process halts anyway. */
    static final long STOP_GRACE_MILLIS = 60_000;
    /** What a signal prints before the run writes anything (while the files are read and validated). */
    static final String NOTHING_RUN = "scalesim: interrupted while reading the input files; nothing was run";

    @Mixin
    private Inputs inputs;

    @Mixin
    private Overrides overrides;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: reports/<file name without .csv>/ per file).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Simulation threads (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-charts", description = "Skip charts (tables and manifests only).")
    private boolean noCharts;

    @Option(names = "--no-deck", description = "Skip deck.pptx (the investor deck; --no-charts skips it too).")
    private boolean noDeck;

    @Option(names = "--resume", description = "Keep reports that are complete and match this run; run the rest.")
    private boolean resume;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    @Option(names = "--spark", paramLabel = "MASTER", description = {
        "Simulate on Apache Spark: local[N] or spark://host:port (needs the spark module: ./scalesim adds it).",
        "The same reports, byte for byte, as without it."})
    private String spark;

    @Spec
    private CommandSpec spec;

    private final boolean stderrIsTerminal;

    public RunCommand() {
        this(false);
    }

    /** {@code stderrIsTerminal}: draw a live progress bar (only when stderr really is one). */
    RunCommand(boolean stderrIsTerminal) {
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public Integer call() throws ScenarioException {
        if (threads < 1) {
            throw new UserException("--threads must be >= 1, got " + threads);
        }
        Cancellation cancellation = new Cancellation();
        ShutdownGuard guard = ShutdownGuard.install(cancellation, Main.INTERRUPTED, STOP_GRACE_MILLIS, NOTHING_RUN);
        try {
            return run(cancellation, guard);
        } finally {
            guard.close();
        }
    }

    private int run(Cancellation cancellation, ShutdownGuard guard) throws ScenarioException {
        String master = spark != null ? spark : System.getProperty(SPARK_MASTER_PROPERTY);
        Cluster.Provider provider = master == null ? null : clusterProvider();
        List<Path> files = inputs.files();
        Path solutions = inputs.solutions();
        List<Path> read = new ArrayList<>();
        List<Scenario> scenarios = overrides.apply(ScenarioFile.readAll(files, solutions, read::add));
        PrintWriter err = spec.commandLine().getErr();
        // without the deck module on the class path (a bare simulator build) there is no deck;
        // each manifest's "deck" says whether one was written
        boolean deck = !noCharts && !noDeck && DeckFile.writer().isPresent();
        BatchOptions options = new BatchOptions(threads, !noCharts, deck, resume, Version.get(), ResumeCommand.of(
                spec.commandLine().getParseResult().originalArgs()));
        Outcome outcome;
        try {
            Plan plan = Plan.of(scenarios, out);
            Progress progress = Progress.create(Progress.Mode.choose(quiet, stderrIsTerminal), err);
            Cluster cluster;
            try {
                cluster = provider == null ? null
                        : provider.connect(master, new Cluster.Inputs(files, solutions, read, overrides.settings(),
                                scenarios));
            } catch (ClusterException e) {
                err.println("scalesim: " + e.getMessage() + "; nothing was run; once it is up, resume with: "
                        + options.resumeCommand());
                return Main.FAILURE;
            }
            guard.writing();
            try {
                outcome = new Batch(plan, options, progress, cancellation, cluster).run();
            } finally {
                if (cluster != null) {
                    cluster.close();
                }
            }
        } catch (SetupException e) {
            throw new UserException(e.lines());
        }
        return report(outcome, options, err);
    }

    /**
     * Set by the spark module's entry point under {@code spark-submit}: the master that
     * spark-submit was given, so {@code run} needs no {@code --spark} there.
     */
    public static final String SPARK_MASTER_PROPERTY = "scalesim.spark.master";

    /** The command that starts scalesim, for the resume hint, when it is not {@code scalesim}. */
    public static final String PROGRAM_PROPERTY = "scalesim.program";

    private static Cluster.Provider clusterProvider() {
        return ServiceLoader.load(Cluster.Provider.class).findFirst().orElseThrow(() -> new UserException(
                "--spark needs the spark module and Spark on the classpath: run it with ./scalesim, which builds"
                        + " them, or with spark-submit (README: Running on a Spark cluster)"));
    }

    private int report(Outcome o, BatchOptions options, PrintWriter err) {
        PrintWriter outText = spec.commandLine().getOut();
        o.problems().stream().limit(Main.MAX_PROBLEMS).forEach(p -> err.println("scalesim: " + p));
        if (o.problems().size() > Main.MAX_PROBLEMS) {
            err.println("scalesim: ... and " + (o.problems().size() - Main.MAX_PROBLEMS) + " more (see run.log)");
        }
        if (!quiet) {
            for (Outcome.Summary s : o.summaries()) {
                outText.printf("%s: %d scenario%s, batch-summary.csv%n", s.dir(), s.scenarios(),
                        s.scenarios() == 1 ? "" : "s");
            }
        }
        String kept = o.done() + " of " + o.scenarios() + " scenario" + (o.scenarios() == 1 ? "" : "s") + " done and kept";
        switch (o.status()) {
            case COMPLETE -> {
                if (!quiet) {
                    outText.printf("done: %d scenario%s (%d skipped) in %.1f s%n", o.scenarios(),
                            o.scenarios() == 1 ? "" : "s", o.skipped(), o.elapsedNanos() / 1e9);
                }
                return Main.OK;
            }
            case INTERRUPTED -> {
                err.println("scalesim: interrupted; " + kept + "; resume with: " + options.resumeCommand());
                return Main.INTERRUPTED;
            }
            default -> {
                if (o.clusterFailure() != null) {
                    err.println("scalesim: " + o.clusterFailure() + "; " + kept + "; once it is fixed, resume with: "
                            + options.resumeCommand());
                    return Main.FAILURE;
                }
                err.println("scalesim: " + kept + (o.failed() > 0 ? ", " + o.failed() + " failed" : "")
                        + "; once fixed, resume with: " + options.resumeCommand());
                return Main.FAILURE;
            }
        }
    }
}
