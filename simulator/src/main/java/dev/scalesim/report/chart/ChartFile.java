package dev.scalesim.report.chart;

import java.util.Comparator;
import java.util.Locale;

/**
 * The file names (without extension) of a scenario's charts under {@code charts/}, in the order
 * a report shows them, with a caption each. Model-specific views are {@code view-<metric>}.
 */
public enum ChartFile {
    FAN_MRR("fan-mrr", "MRR by month: baseline vs the best solution or plan"),
    FAN_CUSTOMERS("fan-customers", "Paying customers by month: baseline vs the best solution or plan"),
    FAN_CASH("fan-cash", "Cash by month: baseline vs the best solution or plan"),
    IMPACT("impact", "Impact of each solution and plan on ARR and minimum cash (95% intervals)"),
    ARR_CDF("arr-cdf", "Distribution of ARR at the horizon, by arm"),
    CASH_OUT("cash-out", "Probability of having run out of cash by month"),
    BREAKEVEN("breakeven", "Time to breakeven: probability of having broken even by month"),
    RETENTION_BASELINE("retention-baseline", "Cohort retention heatmap: baseline"),
    RETENTION_BEST("retention-best", "Cohort retention heatmap: the best arm, or the arm that changes retention most"),
    TORNADO("tornado", "What drives ARR: uncertain inputs ranked by influence (tornado)"),
    MILESTONES("milestones", "Milestones: probability of having reached each by month"),
    PLANS("plans", "Plan search: expected ARR against downside, with the Pareto front"),
    PLAN_INTERACTIONS("plan-interactions", "Plan interactions: each plan's effect against the sum of its parts");

    /** Prefix of a model-specific view's chart; the rest is the metric's id. */
    public static final String VIEW_PREFIX = "view-";
    /** The cross-scenario chart in a run's output folder. */
    public static final String COMPARISON = "comparison";

    private final String stem;
    private final String caption;

    ChartFile(String stem, String caption) {
        this.stem = stem;
        this.caption = caption;
    }

    public String stem() {
        return stem;
    }

    /** The file name of a model-specific view's chart, e.g. {@code view-token_price}. */
    public static String view(String metric) {
        return VIEW_PREFIX + metric;
    }

    /** A caption for a chart file name (without extension), or null for a name scalesim does not write. */
    public static String caption(String stem) {
        for (ChartFile f : values()) {
            if (f.stem.equals(stem)) {
                return f.caption;
            }
        }
        if (stem.startsWith(VIEW_PREFIX) && stem.length() > VIEW_PREFIX.length()) {
            return "Model view: " + stem.substring(VIEW_PREFIX.length()) + " by month";
        }
        return null;
    }

    /** Report order: the fixed charts in declaration order, then views by name. */
    public static final Comparator<String> ORDER = Comparator.comparingInt(ChartFile::rank)
            .thenComparing(s -> s.toLowerCase(Locale.ROOT));

    private static int rank(String stem) {
        for (ChartFile f : values()) {
            if (f.stem.equals(stem)) {
                return f.ordinal();
            }
        }
        return values().length;
    }
}
