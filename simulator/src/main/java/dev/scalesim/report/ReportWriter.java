package dev.scalesim.report;

import dev.scalesim.analysis.Analysed;
import dev.scalesim.kernel.Results;
import dev.scalesim.report.chart.ScenarioCharts;
import dev.scalesim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a scenario's report folder atomically (tables, manifest and, unless switched off, the
 * charts under {@code charts/} and {@code deck.pptx}): everything goes into a hidden sibling folder
 * first, which is renamed into place only once complete. A previous report of the same scenario
 * is moved aside and deleted after the rename, so at no moment is a half-written report visible
 * under the scenario's name.
 */
public final class ReportWriter {
    /** The scenario folder's chart subfolder. */
    public static final String CHARTS = "charts";

    private ReportWriter() {
    }

    /** Writes the report of a plain run and returns its folder. */
    public static Path write(Path out, Scenario s, Results r, ReportOptions options) throws IOException {
        return write(out, s, Analysed.of(r), options);
    }

    /** Writes the report, decision analytics included, and returns its folder. */
    public static Path write(Path out, Scenario s, Analysed analysed, ReportOptions options) throws IOException {
        long started = System.nanoTime();
        Results r = analysed.results();
        Files.createDirectories(out);
        Path target = Folders.resolve(out, s.name());
        Path temp = OutputFiles.partialFolder(target);
        try {
            Tables.summary(r, temp.resolve("summary.csv"));
            Tables.monthly(r, temp.resolve("monthly.csv"));
            Tables.segments(r, temp.resolve(Tables.SEGMENTS));
            Tables.solutions(r, temp.resolve("solutions.csv"));
            if (!analysed.sensitivity().isEmpty()) {
                AnalyticsTables.sensitivity(r, analysed.sensitivity(), temp.resolve(AnalyticsTables.SENSITIVITY));
            }
            if (!r.milestones().isEmpty()) {
                AnalyticsTables.milestones(r, temp.resolve(AnalyticsTables.MILESTONES));
            }
            if (analysed.plans() != null) {
                AnalyticsTables.plans(s.name(), analysed.plans(), temp.resolve(AnalyticsTables.PLANS));
            }
            long chartNanos = 0;
            if (options.charts()) {
                // inside the temp folder, so the rename below publishes tables and charts together
                long chartsStarted = System.nanoTime();
                ScenarioCharts.render(s, analysed, options.version(), temp.resolve(CHARTS), options.chartThreads());
                chartNanos = System.nanoTime() - chartsStarted;
            }
            Ledger.write(r, temp.resolve("ledger.csv"));
            if (options.deck()) {
                DeckFile.write(DeckFile.writer().orElseThrow(() -> new IllegalStateException(
                        "no deck writer on the class path")), s, BatchSummary.rows(s, r), temp, options.version());
            }
            Manifest.write(s, analysed, options, System.nanoTime() - started, chartNanos, temp.resolve("manifest.json"));
            OutputFiles.publish(temp, target);
        } catch (IOException | RuntimeException e) {
            OutputFiles.deleteTree(temp);
            throw e;
        }
        return target;
    }

}
