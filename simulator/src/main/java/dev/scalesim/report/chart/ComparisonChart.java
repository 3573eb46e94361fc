package dev.scalesim.report.chart;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Unit;
import java.awt.Color;
import java.awt.LinearGradientPaint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The scenarios of a run side by side on their key outcomes: ARR at the horizon (mean, P5-P95)
 * and the probability of running out of cash, for the baseline and each scenario's best
 * solution or plan (in that arm's colour, named under the scenario). At most {@link #MAX}
 * scenarios fit a slide; a larger run shows those with the highest ARR and says so.
 */
public final class ComparisonChart {
    static final int MAX = 12;
    private static final int LABEL_CHARS = 34;
    private static final String BASELINE = "baseline";
    private static final String BEST = "best for growth";

    private ComparisonChart() {
    }

    public static JFreeChart create(List<ScenarioOutcomes> run, String version) {
        List<ScenarioOutcomes> shown = run;
        if (run.size() > MAX) {
            shown = run.stream().sorted(Comparator.comparingDouble((ScenarioOutcomes s) -> -topArr(s))).limit(MAX)
                    .toList();
        }
        List<String> labels = labels(shown);
        CategoryAxis scenarios = new CategoryAxis(null);
        scenarios.setMaximumCategoryLabelLines(2);
        scenarios.setCategoryMargin(0.3);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(scenarios);
        plot.setGap(28);
        plot.add(panel(shown, labels, "arr_end", "ARR at the horizon", Unit.USD, true), 3);
        plot.add(panel(shown, labels, "p_cash_out", "Chance of running out of cash", Unit.FRACTION, false), 2);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Theme.style(plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("baseline", null, null, null, new Rectangle(-6, -6, 12, 12), Palette.BASELINE));
        // the best arm differs by scenario, so its filled swatch shows several arm colours: each bar has its arm's
        legend.add(new LegendItem("best for growth of each scenario (named in brackets, bar in its own colour)", null,
                null, null, new Rectangle(-6, -6, 12, 12), new LinearGradientPaint(-6, -6, 6, 6,
                        new float[] {0f, 0.33f, 0.34f, 0.66f, 0.67f, 1f}, new Color[] {Palette.ARMS[0], Palette.ARMS[0],
                            Palette.ARMS[1], Palette.ARMS[1], Palette.ARMS[2], Palette.ARMS[2]})));
        plot.setFixedLegendItems(legend);
        String title = "Scenarios compared: ARR at the horizon and cash-out risk";
        String note = (run.size() > MAX ? "The " + MAX + " of " + run.size() + " scenarios with the highest ARR. " : "")
                + "ARR: mean (bar, value inside) and P5-P95 of the trials (whisker). Each scenario against its own "
                + "baseline; best for growth = " + Decisions.Objective.GROWTH.meaning() + ", whatever its risk"
                + (shown.stream().anyMatch(ComparisonChart::bestIsRisky)
                        ? " (" + ImpactChart.RISK_MARK.strip() + ": it raises the chance of running out of cash)." : ".");
        return Theme.chart(plot, title, note, provenance(run, version), true);
    }

    private static boolean bestIsRisky(ScenarioOutcomes s) {
        Decisions d = s.decisions();
        return d.top(Decisions.Objective.GROWTH).flatMap(d::effect).map(Decisions.Effect::raisesCashOutRisk).orElse(false);
    }

    private static double topArr(ScenarioOutcomes s) {
        String arm = s.best().orElse(Arm.BASELINE);
        return s.get(arm, "arr_end").map(ArmOutcome::mean).orElse(Double.NEGATIVE_INFINITY);
    }

    /** Category labels: the (shortened) scenario name and its best arm, unique even when names are cut. */
    private static List<String> labels(List<ScenarioOutcomes> shown) {
        List<String> labels = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (ScenarioOutcomes s : shown) {
            String name = s.scenario().length() <= LABEL_CHARS ? s.scenario()
                    : s.scenario().substring(0, LABEL_CHARS - 1) + "\u2026";
            String label = name + s.best().map(b -> " (best for growth: " + b
                    + (bestIsRisky(s) ? ImpactChart.RISK_MARK : "") + ")").orElse("");
            String unique = label;
            for (int i = 2; !used.add(unique); i++) {
                unique = label + " #" + i;
            }
            labels.add(unique);
        }
        return labels;
    }

    private static CategoryPlot panel(List<ScenarioOutcomes> shown, List<String> labels, String metric, String axis,
            Unit unit, boolean whiskers) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int n = shown.size();
        Color[][] colors = new Color[2][n];
        double[][] low = new double[2][n];
        double[][] high = new double[2][n];
        String[][] text = new String[2][n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            ScenarioOutcomes s = shown.get(i);
            String best = s.best().orElse(null);
            String[] arms = {Arm.BASELINE, best};
            List<ArmStyle> styles = Palette.forModel(s.model(), s.arms());
            for (int row = 0; row < 2; row++) {
                low[row][i] = Double.NaN;
                high[row][i] = Double.NaN;
                String arm = arms[row];
                ArmOutcome o = arm == null ? null : s.get(arm, metric).orElse(null);
                colors[row][i] = row == 0 ? Palette.BASELINE
                        : styles.stream().filter(st -> st.arm().equals(arm)).findFirst().map(ArmStyle::color)
                                .orElse(Palette.ARMS[0]);
                if (o == null || Double.isNaN(o.mean())) {
                    data.addValue(null, row == 0 ? BASELINE : BEST, labels.get(i));
                    continue;
                }
                data.addValue(o.mean(), row == 0 ? BASELINE : BEST, labels.get(i));
                if (whiskers) {
                    low[row][i] = o.p5();
                    high[row][i] = o.p95();
                }
                max = Math.max(max, o.mean());
                text[row][i] = unit == Unit.FRACTION ? ShortNumberFormat.percent(o.mean()) : ShortNumberFormat.money(o.mean());
            }
        }
        NumberAxis value = Theme.valueAxis(axis, unit);
        value.setAutoRangeIncludesZero(true);
        value.setUpperMargin(ImpactChart.LABEL_ROOM);
        if (unit == Unit.FRACTION) {
            // past 100% only to leave room for the labels
            value.setRange(0, Math.min(1.4, Math.max(0.05, max * 1.4)));
        }
        CategoryPlot panel = new CategoryPlot(data, null, value,
                new WhiskerBarRenderer(colors, low, high, text).labelsInside());
        Theme.style(panel);
        return panel;
    }

    private static String provenance(List<ScenarioOutcomes> run, String version) {
        long minTrials = run.stream().mapToLong(ScenarioOutcomes::trials).min().orElse(0);
        long maxTrials = run.stream().mapToLong(ScenarioOutcomes::trials).max().orElse(0);
        long seeds = run.stream().mapToLong(ScenarioOutcomes::seed).distinct().count();
        String trials = minTrials == maxTrials ? Theme.count(minTrials, "trial")
                : String.format(Locale.ROOT, "%,d to %,d trials", minTrials, maxTrials);
        String seed = seeds == 1 ? "seed " + run.get(0).seed() : "seeds per scenario";
        List<String> models = run.stream().map(ScenarioOutcomes::model).distinct().toList();
        String model = models.size() <= 3 ? "model " + String.join(", ", models) : models.size() + " models";
        return run.size() + (run.size() == 1 ? " scenario" : " scenarios") + "  \u00b7  " + model + "  \u00b7  "
                + trials + "  \u00b7  " + seed + "  \u00b7  scalesim " + version;
    }
}
