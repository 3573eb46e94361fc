package dev.scalesim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.SampleOutcomes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonChartTest {
    @TempDir
    Path dir;

    @Test
    void aLargeRunShowsTheScenariosWithTheHighestArrAndSaysSo() throws Exception {
        List<ScenarioOutcomes> run = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            run.add(SampleOutcomes.scenario("s" + i, 1e6 * (i + 1), 1e5));
        }
        JFreeChart chart = ComparisonChart.create(run, "t");
        CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) chart.getPlot();
        CategoryPlot arr = (CategoryPlot) plot.getSubplots().get(0);
        assertEquals(ComparisonChart.MAX, arr.getDataset().getColumnCount());
        assertTrue(arr.getDataset().getColumnKey(0).toString().startsWith("s19 "), "highest ARR first");
        assertTrue(((TextTitle) chart.getSubtitle(0)).getText().startsWith("The 12 of 20 scenarios"));
    }

    @Test
    void hostileNamesAreDrawnAsEscapedTextAndLongOnesCut() throws Exception {
        String hostile = "<svg onload=alert(1)> & co";
        JFreeChart chart = ComparisonChart.create(List.of(SampleOutcomes.scenario(hostile, 1e6, 2e5),
                SampleOutcomes.scenario("x".repeat(200), 2e6, 1e5)), "t");
        Export.write(chart, dir, "comparison");
        String svg = Files.readString(dir.resolve("comparison.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("&lt;svg onload=alert(1)&gt; &amp; co"));
        assertFalse(svg.contains("<svg onload"));
        assertFalse(svg.contains("x".repeat(40)), "a 200-character name is cut on the chart");
        assertTrue(Files.size(dir.resolve("comparison.png")) > 10_000);
    }
}
