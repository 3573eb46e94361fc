package dev.scalesim.cli;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Results;
import dev.scalesim.report.BatchSummary;
import dev.scalesim.report.Folders;
import dev.scalesim.report.Ledger;
import dev.scalesim.report.Manifest;
import dev.scalesim.report.ReportOptions;
import dev.scalesim.report.ReportWriter;
import dev.scalesim.report.RunFolder;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioException;
import dev.scalesim.scenario.ScenarioFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalesim run FILE_OR_DIR...}: simulates every scenario and writes its report. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Simulate every scenario of the given files and write reports.",
            "Every file is validated before anything runs."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    private Inputs inputs;

    @Mixin
    private Overrides overrides;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: reports/<file name without .csv>/ per file).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-charts", description = "Skip charts (tables and manifests only).")
    private boolean noCharts;

    @Option(names = "--resume", description = "Skip scenarios whose complete report matches this run.")
    private boolean resume;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException, IOException {
        if (threads < 1) {
            throw new UserException("--threads must be >= 1, got " + threads);
        }
        List<Path> files = inputs.files();
        List<Scenario> scenarios = overrides.apply(ScenarioFile.readAll(files, inputs.solutions()));
        Map<Path, List<Scenario>> byFolder = folders(scenarios);
        for (Path dir : byFolder.keySet()) {
            try {
                Files.createDirectories(dir);
                if (!Files.isWritable(dir)) {
                    throw new IOException("not writable");
                }
            } catch (IOException e) {
                throw new UserException("cannot write to " + dir + ": " + e.getMessage());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outText = spec.commandLine().getOut();
        long started = System.nanoTime();
        int done = 0;
        int skipped = 0;
        for (Map.Entry<Path, List<Scenario>> entry : byFolder.entrySet()) {
            Path dir = entry.getKey();
            List<BatchSummary.Rows> rows = new ArrayList<>();
            for (Scenario s : entry.getValue()) {
                Path folder = Folders.resolve(dir, s.name());
                if (resume && Reports.complete(folder, Manifest.fingerprint(s, Version.get()))) {
                    rows.add(BatchSummary.fromReport(s, folder));
                    skipped++;
                    if (!quiet) {
                        err.printf("[%d/%d] %s: report up to date, skipped%n", ++done, scenarios.size(), s.name());
                    }
                    continue;
                }
                Results r = Engine.run(s.simulation(), threads);
                ReportWriter.write(dir, s, r, new ReportOptions(Version.get(), threads, !noCharts));
                rows.add(BatchSummary.rows(s, r));
                if (!quiet) {
                    Ledger.warnings(r).forEach(w -> err.println("scalesim: ledger: " + w));
                    err.printf("[%d/%d] %s: %,d trials x %d arms x %d months in %.1f s -> %s%n", ++done,
                            scenarios.size(), s.name(), r.trials(), r.arms().size(), s.simulation().months(),
                            r.elapsedNanos() / 1e9, folder);
                }
            }
            RunFolder.finish(dir, rows, new ReportOptions(Version.get(), threads, !noCharts));
            if (!quiet) {
                outText.printf("%s: %d scenario%s, batch-summary.csv%n", dir, rows.size(), rows.size() == 1 ? "" : "s");
            }
        }
        if (!quiet) {
            outText.printf("done: %d scenario%s (%d skipped) in %.1f s%n", scenarios.size(),
                    scenarios.size() == 1 ? "" : "s", skipped, (System.nanoTime() - started) / 1e9);
        }
        return Main.OK;
    }

    /** Groups scenarios by output folder and refuses two scenarios that would share a folder. */
    private Map<Path, List<Scenario>> folders(List<Scenario> scenarios) {
        Map<Path, List<Scenario>> byFolder = new LinkedHashMap<>();
        Map<Path, Scenario> owners = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Scenario s : scenarios) {
            Path dir = (out != null ? out : Path.of("reports", stem(s.file()))).toAbsolutePath().normalize();
            Path folder = Folders.resolve(dir, s.name());
            Scenario owner = owners.putIfAbsent(folder, s);
            if (owner != null) {
                clashes.add("scenario '" + s.name() + "' (" + s.file() + ":" + s.line() + ") and '" + owner.name()
                        + "' (" + owner.file() + ":" + owner.line() + ") would both write " + folder
                        + "; rename one or use separate --out folders");
            }
            byFolder.computeIfAbsent(dir, d -> new ArrayList<>()).add(s);
        }
        if (!clashes.isEmpty()) {
            throw new UserException(clashes);
        }
        return byFolder;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
