package dev.scalesim.report.chart;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.model.Solution;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.stats.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What every chart of one scenario shares: its provenance (printed under each title), the arms
 * with their styles, and the best arm.
 *
 * @param scenario the scenario's name (user text: drawn as text only)
 * @param model the business model's id
 * @param trials trials run
 * @param seed master seed
 * @param months horizon
 * @param version scalesim's version
 * @param styles one per arm, baseline first
 * @param best index of the best arm for growth ({@link Decisions.Objective#GROWTH}), or -1
 *     when the baseline is the only arm
 * @param bestDelta that change (NaN without a best arm)
 * @param decisions the arms' rankings, which pick the arms a line chart draws
 */
public record ChartContext(String scenario, String model, long trials, long seed, int months, String version,
        List<ArmStyle> styles, int best, double bestDelta, Decisions decisions) {
    /** Longest scenario name drawn on a chart; longer ones are cut with an ellipsis. */
    static final int MAX_NAME = 60;
    /**
     * Arms besides the baseline an every-arm line chart draws: seven lines stay readable on a
     * slide, thirteen overlap; the rest are named in the chart's note.
     */
    static final int MAX_LINES = 6;

    public ChartContext {
        Checks.notBlank("scenario", scenario);
        Checks.notBlank("model", model);
        Checks.positive("trials", trials);
        Checks.positive("months", months);
        Checks.notBlank("version", version);
        Checks.notNull("decisions", decisions);
        styles = List.copyOf(styles);
        if (styles.isEmpty() || !styles.get(0).arm().equals(Arm.BASELINE)) {
            throw new IllegalArgumentException("styles must start with the baseline, got " + styles);
        }
        if (best < -1 || best == 0 || best >= styles.size()) {
            throw new IllegalArgumentException("best must be -1 or a non-baseline arm index, got " + best);
        }
    }

    public static ChartContext of(Scenario s, Results r, String version) {
        List<String> arms = r.arms().stream().map(Arm::name).toList();
        List<String> solutions = s.model().solutions().stream().map(Solution::id).toList();
        Decisions decisions = Decisions.of(r);
        int best = decisions.top(Decisions.Objective.GROWTH).map(arms::indexOf).orElse(-1);
        double bestDelta = best < 0 ? Double.NaN : r.paired(best, Outcomes.ARR_END).deltaMean();
        return new ChartContext(s.name(), s.model().id(), r.trials(), r.simulation().seed(), r.simulation().months(),
                version, Palette.styles(solutions, arms), best, bestDelta, decisions);
    }

    /**
     * The arms an every-arm line chart draws, in run order: the baseline and the
     * {@value #MAX_LINES} arms ranked first under the objective (every arm when that is all).
     */
    public int[] lineArms(Decisions.Objective objective) {
        if (arms() <= MAX_LINES + 1) {
            return IntStream.range(0, arms()).toArray();
        }
        List<String> top = decisions.ranking(objective).subList(0, MAX_LINES);
        return IntStream.range(0, arms()).filter(a -> a == 0 || top.contains(arm(a))).toArray();
    }

    /**
     * The sentence a line chart adds when it leaves arms out: which arms it draws and which it
     * does not; empty when it draws every arm.
     */
    public String lineNote(Decisions.Objective objective) {
        int[] shown = lineArms(objective);
        if (shown.length == arms()) {
            return "";
        }
        List<String> drawn = Arrays.stream(shown).mapToObj(this::arm).toList();
        List<String> rest = styles.stream().map(ArmStyle::arm).filter(a -> !drawn.contains(a)).toList();
        return " Drawn: the baseline and the " + MAX_LINES + " arms best for " + objective.id() + " of "
                + (arms() - 1) + "; not drawn: " + String.join(", ", rest) + " (the tables have every arm).";
    }

    public int arms() {
        return styles.size();
    }

    public String arm(int index) {
        return styles.get(index).arm();
    }

    public ArmStyle style(int index) {
        return styles.get(index);
    }

    /** The baseline, then the best arm if there is one: the arms the fan charts compare. */
    public int[] fanArms() {
        return best < 0 ? new int[] {0} : new int[] {0, best};
    }

    /** "scenario · model · 10,000 trials · seed 42 · scalesim 0.1.0". */
    public String provenance() {
        return "Scenario " + shortName(scenario) + "  \u00b7  model " + model + "  \u00b7  "
                + Theme.count(trials, "trial") + "  \u00b7  " + Theme.count(months, "month") + "  \u00b7  seed " + seed
                + "  \u00b7  scalesim " + version;
    }

    /** The sentence naming the best arm, for the charts that compare it with the baseline. */
    public String bestNote() {
        if (best < 0) {
            return "The scenario runs no solution or plan: baseline only.";
        }
        return arm(best) + " is best for growth: the highest mean change in ARR at month " + months
                + " (" + ShortNumberFormat.moneyDelta(bestDelta) + " against the baseline, paired), whatever its risk.";
    }

    static String shortName(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "\u2026";
    }
}
