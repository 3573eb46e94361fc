package dev.scalesim.analysis;

import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.scenario.Studies;
import dev.scalesim.stats.PairedDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A precision target as a {@link Engine.StopRule}: enough trials once the 95% interval of every
 * arm's paired effect on the outcome (of the baseline's mean when the scenario has no other arm)
 * is at most the target on each side, or once the ranking of the arms (the baseline included,
 * by mean effect) is settled: every two arms next to each other in the ranking differ, their
 * paired difference's 95% interval excluding zero. The rule is checked after rounds of whole
 * blocks at trial counts fixed in advance ({@link Engine#nextRound}), so where a run stops does
 * not depend on threads.
 *
 * <p>Looking again after every round makes an interval that looks narrow enough, or a ranking
 * that looks settled, a little more likely by chance than the 5% of a single look; the first
 * check waits for {@value Engine#ROUND_BLOCKS} blocks and later checks are at least a quarter of
 * the trials apart, which keeps the looks few.
 */
public final class Precision implements Engine.StopRule {
    private final Studies.Precision target;

    public Precision(Studies.Precision target) {
        this.target = target;
    }

    /**
     * What a run reached.
     *
     * @param target the setting as written
     * @param halfWidthAsked the half-width asked, in the outcome's unit
     * @param halfWidthReached the widest half-width of the intervals (each arm's paired effect,
     *     or the baseline's mean without arms)
     * @param rankingSettled whether every two arms next to each other in the ranking differ
     * @param met why the run stopped: {@code precision}, {@code ranking} or {@code cap}
     * @param trials trials used
     * @param cap trials allowed
     */
    public record Reached(String target, double halfWidthAsked, double halfWidthReached, boolean rankingSettled,
            String met, long trials, long cap) {
    }

    @Override
    public boolean enough(Results interim) {
        return !reached(interim).met().equals("cap");
    }

    /** What the results reach against the target. */
    public Reached reached(Results r) {
        int o = target.outcome();
        double asked = target.relative() ? target.target() * Math.abs(r.outcomeMean(0, o)) : target.target();
        double widest = 0;
        if (r.arms().size() == 1) {
            long n = r.outcomeCount(0, o);
            widest = n < 2 ? Double.POSITIVE_INFINITY : PairedDelta.Z975 * r.outcomeSd(0, o) / Math.sqrt(n);
        }
        for (int a = 1; a < r.arms().size(); a++) {
            PairedDelta d = r.paired(a, o);
            double half = d.n() < 2 ? Double.POSITIVE_INFINITY : d.width() / 2;
            widest = Math.max(widest, Double.isNaN(half) ? Double.POSITIVE_INFINITY : half);
        }
        boolean settled = settled(r, o);
        boolean narrow = widest <= asked;
        String met = narrow ? "precision" : settled ? "ranking" : "cap";
        return new Reached(target.text(), asked, widest, settled, met, r.trials(), r.simulation().trials());
    }

    /** Arms ordered by mean effect, best first; each neighbouring pair's difference significant. */
    static boolean settled(Results r, int o) {
        int arms = r.arms().size();
        if (arms < 2) {
            return false;
        }
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < arms; a++) {
            order.add(a);
        }
        boolean higher = Outcomes.ALL.get(o).higherIsBetter();
        order.sort(Comparator.comparingDouble((Integer a) -> (higher ? -1 : 1) * effect(r, a, o)).thenComparing(a -> a));
        for (int i = 0; i + 1 < order.size(); i++) {
            int a = Math.min(order.get(i), order.get(i + 1));
            int b = Math.max(order.get(i), order.get(i + 1));
            PairedDelta d = r.armVersusArm(a, b);
            if (d.n() < 2 || !(d.ciLow() > 0 || d.ciHigh() < 0)) {
                return false;
            }
        }
        return true;
    }

    private static double effect(Results r, int arm, int o) {
        return arm == 0 ? 0 : r.paired(arm, o).deltaMean();
    }
}
