package dev.scalesim.report;

import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.SegmentFields;
import dev.scalesim.stats.PairedDelta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The tables of a scenario report, in the columns the contract fixes. */
public final class Tables {
    /** Percentiles every table reports. */
    public static final double[] PERCENTILES = {0.05, 0.25, 0.50, 0.75, 0.95};

    /** The per-segment table's file name. */
    public static final String SEGMENTS = "segments.csv";

    private Tables() {
    }

    /** {@code scenario,arm,metric,mean,sd,p5,p25,p50,p75,p95,trials}: outcomes per arm. */
    public static void summary(Results r, Path file) throws IOException {
        try (CsvTable t = new CsvTable(file, "scenario", "arm", "metric", "mean", "sd", "p5", "p25",
                "p50", "p75", "p95", "trials")) {
            String name = r.simulation().name();
            for (int a = 0; a < r.arms().size(); a++) {
                for (int o = 0; o < r.outcomes().size(); o++) {
                    t.text(name).text(r.arms().get(a).name()).text(r.outcomes().get(o).id())
                            .number(r.outcomeMean(a, o)).number(r.outcomeSd(a, o));
                    for (double q : PERCENTILES) {
                        t.quantile(r.outcomeQuantile(a, o, q));
                    }
                    t.number(r.outcomeCount(a, o)).endRow();
                }
            }
        }
    }

    /** {@code scenario,arm,month,metric,mean,p5,p25,p50,p75,p95}: every monthly metric. */
    public static void monthly(Results r, Path file) throws IOException {
        try (CsvTable t = new CsvTable(file, "scenario", "arm", "month", "metric", "mean", "p5", "p25",
                "p50", "p75", "p95")) {
            String name = r.simulation().name();
            int months = r.simulation().months();
            for (int a = 0; a < r.arms().size(); a++) {
                for (int k = 0; k < r.monthlyMetrics().size(); k++) {
                    Metric metric = r.monthlyMetrics().get(k);
                    for (int month = 1; month <= months; month++) {
                        t.text(name).text(r.arms().get(a).name()).number(month).text(metric.id())
                                .number(r.monthlyMean(a, k, month));
                        for (double q : PERCENTILES) {
                            t.quantile(r.monthlyQuantile(a, k, month, q));
                        }
                        t.endRow();
                    }
                }
            }
        }
    }

    /**
     * {@code scenario,arm,segment,month,metric,mean,p5,p25,p50,p75,p95}: customers, flows, MRR,
     * revenue and COGS of each customer segment, then of {@link SegmentFields#UNALLOCATED} (one-off
     * revenue, recurring revenue and costs no segment owns), so that the rows' means add up to the
     * same metrics in {@code monthly.csv}.
     */
    public static void segments(Results r, Path file) throws IOException {
        try (CsvTable t = new CsvTable(file, "scenario", "arm", "segment", "month", "metric", "mean", "p5",
                "p25", "p50", "p75", "p95")) {
            String name = r.simulation().name();
            int months = r.simulation().months();
            List<String> rows = r.segmentRows();
            for (int a = 0; a < r.arms().size(); a++) {
                for (int s = 0; s < rows.size(); s++) {
                    for (int f = 0; f < SegmentFields.COUNT; f++) {
                        for (int month = 1; month <= months; month++) {
                            t.text(name).text(r.arms().get(a).name()).text(rows.get(s)).number(month)
                                    .text(SegmentFields.IDS.get(f)).number(r.segmentMean(a, s, f, month));
                            for (double q : PERCENTILES) {
                                t.quantile(r.segmentQuantile(a, s, f, month, q));
                            }
                            t.endRow();
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code scenario,arm,metric,baseline_mean,arm_mean,delta_mean,delta_ci_low,delta_ci_high,p_better,
     * p_equal,p_worse,delta_p5,delta_p50,delta_p95}: each arm against the baseline, paired over the same
     * trials. The interval says how well the mean change is known; the shares and the percentiles of
     * the change say how much it varies across futures (appended after the contract's columns).
     */
    public static void solutions(Results r, Path file) throws IOException {
        try (CsvTable t = new CsvTable(file, "scenario", "arm", "metric", "baseline_mean", "arm_mean",
                "delta_mean", "delta_ci_low", "delta_ci_high", "p_better", "p_equal", "p_worse", "delta_p5",
                "delta_p50", "delta_p95")) {
            String name = r.simulation().name();
            for (int a = 1; a < r.arms().size(); a++) {
                for (int o = 0; o < r.outcomes().size(); o++) {
                    PairedDelta d = r.paired(a, o);
                    t.text(name).text(r.arms().get(a).name()).text(r.outcomes().get(o).id())
                            .number(d.baselineMean()).number(d.armMean()).number(d.deltaMean())
                            .number(d.ciLow()).number(d.ciHigh()).number(d.pBetter()).number(d.pEqual())
                            .number(d.pWorse()).quantile(d.p5()).quantile(d.p50()).quantile(d.p95()).endRow();
                }
            }
        }
    }
}
