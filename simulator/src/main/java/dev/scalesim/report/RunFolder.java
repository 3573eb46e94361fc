package dev.scalesim.report;

import dev.scalesim.report.chart.ChartFile;
import dev.scalesim.report.chart.ComparisonChart;
import dev.scalesim.report.chart.Export;
import dev.scalesim.report.chart.ScenarioOutcomes;
import dev.scalesim.report.html.IndexPage;
import dev.scalesim.report.html.ScenarioFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The files that cover every scenario of a run in one output folder: {@code batch-summary.csv},
 * {@code results.xlsx} (every table in one workbook, {@link ResultsWorkbook}),
 * the cross-scenario chart {@code comparison.png}/{@code .svg} (unless charts are off) and
 * {@code index.html}. They are built from the rows of every scenario (fresh or resumed) and from
 * what is on disk in each scenario folder, and each file is written aside and renamed into place.
 */
public final class RunFolder {
    public static final String BATCH_SUMMARY = "batch-summary.csv";
    public static final String INDEX = "index.html";
    public static final String COMPARISON_PNG = ChartFile.COMPARISON + ".png";
    public static final String COMPARISON_SVG = ChartFile.COMPARISON + ".svg";

    private RunFolder() {
    }

    /** Writes the run's files for the scenarios written to {@code dir}, in run order. */
    public static void finish(Path dir, List<BatchSummary.Rows> scenarios, ReportOptions options) throws IOException {
        BatchSummary.write(dir.resolve(BATCH_SUMMARY), scenarios);
        ResultsWorkbook.write(dir, scenarios, options.version());
        List<ScenarioOutcomes> outcomes = new ArrayList<>();
        List<ScenarioFolder> folders = new ArrayList<>();
        for (BatchSummary.Rows rows : scenarios) {
            ScenarioOutcomes o = BatchSummary.outcomes(rows);
            outcomes.add(o);
            folders.add(ScenarioFolder.read(dir, o.folder()));
        }
        boolean comparison = options.charts() && !outcomes.isEmpty();
        if (comparison) {
            Export.headless();
            JFreeChart chart = ComparisonChart.create(outcomes, options.version());
            OutputFiles.write(dir.resolve(COMPARISON_PNG), f -> Export.png(chart, f));
            OutputFiles.write(dir.resolve(COMPARISON_SVG), f -> Export.svg(chart, f));
        } else {
            // a comparison from an earlier run would not describe this one
            OutputFiles.delete(dir.resolve(COMPARISON_PNG));
            OutputFiles.delete(dir.resolve(COMPARISON_SVG));
        }
        String generated = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String page = IndexPage.render(new IndexPage.Run(dir.toAbsolutePath().normalize().getFileName().toString(),
                outcomes, folders, comparison ? COMPARISON_PNG : null, options.version(), generated));
        OutputFiles.write(dir.resolve(INDEX), f -> Files.writeString(f, page, StandardCharsets.UTF_8));
    }
}
