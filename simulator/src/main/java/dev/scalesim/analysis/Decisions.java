package dev.scalesim.analysis;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.stats.Checks;
import dev.scalesim.stats.PairedDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a scenario's arms rank, in one place for every chart, table and page that says "best":
 * the best arm per {@link Objective}, the arms on the Pareto front of growth against survival,
 * and the arms that raise the chance of running out of cash. It reads only the paired mean
 * changes against the baseline, so it works the same on a run's {@link Results} and on the rows
 * a report reads back.
 *
 * <p>The financing plan's arm ({@code survival-rules}: raise money, cut costs) is ranked with the
 * others, so its row shows where it stands, but it is never named best nor put on the Pareto
 * front: raising money is not an operating choice among the solutions, and it would be "best for
 * survival" in every scenario that has one.
 */
public final class Decisions {
    /**
     * A rise in the chance of running out of cash is flagged when it is at least one percentage
     * point and its 95% interval lies above zero: material, and not simulation noise.
     */
    public static final double RISK_FLOOR = 0.01;

    /** What "best" means. Each orders arms by one paired mean change, ties broken by a second. */
    public enum Objective {
        GROWTH("growth", "the highest mean change in ARR at the horizon"),
        SURVIVAL("survival", "the largest drop in the chance of running out of cash, ties broken by minimum cash"),
        EFFICIENCY("efficiency", "the largest mean change in cash at the horizon, every cost included");

        private final String id;
        private final String meaning;

        Objective(String id, String meaning) {
            this.id = id;
            this.meaning = meaning;
        }

        public String id() {
            return id;
        }

        /** What "best" means under this objective, for notes and captions. */
        public String meaning() {
            return meaning;
        }

        /** The arm's score, higher is better; the baseline scores 0. */
        double score(Effect e) {
            return switch (this) {
                case GROWTH -> e.arr();
                case SURVIVAL -> -e.cashOut();
                case EFFICIENCY -> e.cashEnd();
            };
        }

        /** Breaks ties of {@link #score}: a survival tie goes to more minimum cash, others to less risk. */
        double tieBreak(Effect e) {
            return this == SURVIVAL ? e.cashMin() : -e.cashOut();
        }
    }

    /**
     * One arm's paired mean changes against the baseline; NaN where undefined.
     *
     * @param arm the arm's name
     * @param arr change in ARR at the horizon
     * @param cashOut change in the probability of running out of cash
     * @param cashOutCiLow low end of that change's 95% interval
     * @param cashMin change in minimum cash
     * @param cashEnd change in cash at the horizon
     */
    public record Effect(String arm, double arr, double cashOut, double cashOutCiLow, double cashMin, double cashEnd) {
        public Effect {
            Checks.notBlank("arm", arm);
            if (arm.equals(Arm.BASELINE)) {
                throw new IllegalArgumentException("arm must not be the baseline, got " + arm);
            }
        }

        /** True when the arm raises the chance of running out of cash materially and beyond noise. */
        public boolean raisesCashOutRisk() {
            return cashOut >= RISK_FLOOR && cashOutCiLow > 0;
        }
    }

    private final List<Effect> effects;

    /** @param effects every arm but the baseline, in run order */
    public Decisions(List<Effect> effects) {
        this.effects = List.copyOf(effects);
    }

    /** The arms of a finished run. */
    public static Decisions of(Results r) {
        List<Effect> effects = new ArrayList<>();
        for (int a = 1; a < r.arms().size(); a++) {
            PairedDelta cashOut = r.paired(a, Outcomes.P_CASH_OUT);
            effects.add(new Effect(r.arms().get(a).name(), r.paired(a, Outcomes.ARR_END).deltaMean(),
                    cashOut.deltaMean(), cashOut.ciLow(), r.paired(a, Outcomes.CASH_MIN).deltaMean(),
                    r.paired(a, Outcomes.CASH_END).deltaMean()));
        }
        return new Decisions(effects);
    }

    public List<Effect> effects() {
        return effects;
    }

    public Optional<Effect> effect(String arm) {
        return effects.stream().filter(e -> e.arm().equals(arm)).findFirst();
    }

    /** Every arm, best first under the objective (undefined scores last, then run order). */
    public List<String> ranking(Objective o) {
        Comparator<Effect> order = Comparator.comparingDouble((Effect e) -> -orLowest(o.score(e)))
                .thenComparingDouble(e -> -orLowest(o.tieBreak(e)));
        return effects.stream().sorted(order).map(Effect::arm).toList();  // stable: run order last
    }

    /** The first solution or plan of the ranking, whether or not it beats the baseline; empty without one. */
    public Optional<String> top(Objective o) {
        return ranking(o).stream().filter(Decisions::isChoice).findFirst();
    }

    /** True for the solutions and plans, false for the financing plan's arm. */
    static boolean isChoice(String arm) {
        return !arm.equals(Arm.SURVIVAL_RULES);
    }

    /** The best arm under the objective, only if it beats the baseline (a positive score). */
    public Optional<String> best(Objective o) {
        return top(o).filter(arm -> o.score(effect(arm).orElseThrow()) > 0);
    }

    /**
     * The arms no other arm nor the baseline dominates on growth (more ARR) and survival (less
     * chance of running out of cash), and that differ from the baseline on one of them: each is a
     * defensible choice, one trading growth for safety. In order of ARR gained, highest first.
     */
    public List<String> paretoFront() {
        List<Effect> front = new ArrayList<>();
        List<Effect> choices = effects.stream().filter(e -> isChoice(e.arm())).toList();
        for (Effect e : choices) {
            if (Double.isNaN(e.arr()) || Double.isNaN(e.cashOut())) {
                continue;
            }
            // doing nothing dominates it, or equals it (no trade-off to offer)
            boolean dominated = dominates(0, 0, e) || e.arr() == 0 && e.cashOut() == 0;
            for (Effect other : choices) {
                dominated |= other != e && dominates(other.arr(), other.cashOut(), e);
            }
            if (!dominated) {
                front.add(e);
            }
        }
        front.sort(Comparator.comparingDouble((Effect e) -> -e.arr()));
        return front.stream().map(Effect::arm).toList();
    }

    /** The arms that raise the chance of running out of cash ({@link Effect#raisesCashOutRisk}). */
    public List<String> risky() {
        return effects.stream().filter(Effect::raisesCashOutRisk).map(Effect::arm).toList();
    }

    private static boolean dominates(double arr, double cashOut, Effect e) {
        return arr >= e.arr() && cashOut <= e.cashOut() && (arr > e.arr() || cashOut < e.cashOut());
    }

    private static double orLowest(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
