package dev.scalesim.analysis;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.Studies;
import dev.scalesim.stats.Moments;
import dev.scalesim.stats.PairedDelta;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds good combinations of solutions. Plans are arms of one simulation ("stage") with the
 * scenario's seed and trial count, so every plan is compared with the same baseline on the same
 * random numbers; and since random streams are addressed by (seed, source, trial), plans of
 * different stages share them too. Stages record outcomes only (no monthly metrics), so a stage
 * of {@value #MAX_ARMS} plans costs little memory.
 *
 * <ul>
 * <li>Up to {@value #EXHAUSTIVE} solutions: one stage with every plan within the budget (every
 *     single solution is evaluated whatever its cost, for the interactions).</li>
 * <li>More: a beam search. Stage 1 evaluates the single solutions; stage k extends the
 *     {@value #BEAM} best plans of stage k-1 (by mean ARR among those within the risk limit)
 *     by one solution each, within the budget; it stops when a stage finds nothing better than
 *     the best plan so far, or nothing to try.</li>
 * </ul>
 * Interactions compare a plan's paired effect on ARR with the sum of its solutions' own effects;
 * their 95% interval comes from the per-trial interaction {@code (plan - baseline) - sum(solution
 * - baseline)} over the first {@value #CAPTURE} trials, which every stage shares (the same trials
 * in every simulation), so a plan is compared with its parts trial by trial even across stages.
 */
public final class PlanSearch {
    /** Most arms (plans) in one stage. */
    public static final int MAX_ARMS = 64;
    /** Pools up to this size are searched exhaustively (2^6 - 1 = 63 plans). */
    public static final int EXHAUSTIVE = 6;
    /** Plans a beam-search stage extends. */
    public static final int BEAM = 6;
    /** Trials whose ARR is kept per plan for the interactions' intervals. */
    public static final int CAPTURE = 20_000;

    /**
     * One evaluated plan.
     *
     * @param solutions the solution ids, in pool order
     * @param cost expected solution cost over the horizon
     * @param arrMean mean ARR at the horizon
     * @param arrP5 5th percentile of ARR at the horizon
     * @param pCashOut probability of running out of cash
     * @param riskMean the mean of the risk limit's outcome (NaN without a limit)
     * @param effect paired change in ARR against the baseline
     * @param sumOfParts sum of the plan's solutions' own paired changes in ARR
     * @param interactionCi the per-trial interaction's mean with its 95% interval over the
     *     captured trials (null for the baseline and single solutions)
     * @param withinBudget cost within the budget
     * @param withinRisk meets the risk limit (true without one)
     * @param pareto on the Pareto front of mean ARR against the downside (among feasible plans)
     * @param stage the stage that evaluated it (1 for an exhaustive search)
     */
    public record Plan(List<String> solutions, double cost, double arrMean, double arrP5, double pCashOut,
            double riskMean, PairedDelta effect, double sumOfParts, PairedDelta interactionCi, boolean withinBudget,
            boolean withinRisk, boolean pareto, int stage) {
        public String name() {
            return solutions.isEmpty() ? Arm.BASELINE : String.join("+", solutions);
        }

        public double interaction() {
            return effect == null ? 0 : effect.deltaMean() - sumOfParts;
        }

        public boolean feasible() {
            return withinBudget && withinRisk;
        }
    }

    /**
     * The search's outcome.
     *
     * @param plans the baseline first (no solutions), then every plan evaluated, best mean ARR first
     * @param exhaustive whether every plan within the budget was evaluated
     * @param stages simulations run
     * @param trials trials per stage
     * @param spec the search as asked
     */
    public record Result(List<Plan> plans, boolean exhaustive, int stages, long trials, Studies.PlanSearch spec) {
        public Result {
            plans = List.copyOf(plans);
        }
    }

    private final Scenario scenario;
    private final int trials;
    private final Studies.PlanSearch spec;
    private final List<Intervention> pool;
    private final double[] cost;
    private final Map<BitSet, Evaluated> done = new LinkedHashMap<>();
    private Evaluated baseline;
    /** Captured ARR per trial: the baseline's, and each single solution's by pool index. */
    private double[] baselineArr;
    private final Map<Integer, double[]> singleArr = new LinkedHashMap<>();

    /** A plan's numbers as a stage measured them. */
    private record Evaluated(BitSet members, double arrMean, double arrP5, double pCashOut, double riskMean,
            PairedDelta effect, double interactionSd, int stage) {
    }

    /**
     * @param scenario a scenario with a plan search
     * @param trials the trials each stage runs (those the scenario's own run used)
     */
    public PlanSearch(Scenario scenario, int trials) {
        this.scenario = scenario;
        this.trials = trials;
        this.spec = scenario.studies().planSearch();
        this.pool = spec.pool();
        this.cost = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            cost[i] = expectedCost(pool.get(i), scenario.simulation().months());
        }
    }

    /**
     * A stage's simulation: the scenario's business at {@code trials} trials, recording outcomes
     * only, with the baseline and one arm per plan ({@code plans}: pool indexes).
     */
    static Simulation stageSimulation(Scenario scenario, int trials, List<List<Integer>> plans) {
        Simulation sim = scenario.simulation();
        Simulation base = sim.withRun(sim.months(), trials, sim.seed());
        base = base.withAnalysis(base.analysis().outcomesOnly().withRankOutcome(-1)
                .withCapture(Math.min(CAPTURE, base.trials())));
        List<Intervention> pool = scenario.studies().planSearch().pool();
        List<Arm> arms = new ArrayList<>();
        arms.add(Arm.baseline());
        for (List<Integer> plan : plans) {
            List<Intervention> ivs = plan.stream().map(pool::get).toList();
            arms.add(new Arm("plan:" + String.join("+", ivs.stream().map(Intervention::id).toList()), ivs));
        }
        return base.withArms(arms);
    }

    /** One-time cost plus monthly cost from the start month to the horizon, at their means. */
    public static double expectedCost(Intervention iv, int months) {
        int active = Math.max(0, months - iv.start() + 1);
        return (active > 0 ? iv.oneTimeCost().mean() : 0) + iv.monthlyCost().mean() * active;
    }

    private double cost(BitSet plan) {
        double c = 0;
        for (int i = plan.nextSetBit(0); i >= 0; i = plan.nextSetBit(i + 1)) {
            c += cost[i];
        }
        return c;
    }

    /** Runs the search's stages through {@code simulator}. */
    public Result run(Simulator simulator) {
        boolean exhaustive = pool.size() <= EXHAUSTIVE;
        int stages = 0;
        if (exhaustive) {
            List<BitSet> plans = new ArrayList<>();
            for (int mask = 1; mask < 1 << pool.size(); mask++) {
                BitSet b = BitSet.valueOf(new long[] {mask});
                if (b.cardinality() == 1 || cost(b) <= spec.budget()) {
                    plans.add(b);
                }
            }
            evaluate(plans, 1, simulator);
            stages = 1;
        } else {
            List<BitSet> frontier = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                BitSet b = new BitSet();
                b.set(i);
                frontier.add(b);
            }
            double best = Double.NEGATIVE_INFINITY;
            while (!frontier.isEmpty()) {
                stages++;
                List<Evaluated> stage = evaluate(frontier, stages, simulator);
                List<Evaluated> ranked = stage.stream().filter(e -> cost(e.members()) <= spec.budget())
                        .sorted(this::beamOrder).toList();
                double stageBest = ranked.stream().filter(this::riskOk).mapToDouble(Evaluated::arrMean).max()
                        .orElse(Double.NEGATIVE_INFINITY);
                boolean anyFeasible = stageBest > Double.NEGATIVE_INFINITY;
                if (stages > 1 && anyFeasible && !(stageBest > best)) {
                    break;
                }
                best = Math.max(best, stageBest);
                frontier = extend(ranked.subList(0, Math.min(BEAM, ranked.size())));
            }
        }
        return new Result(plans(), exhaustive, stages, baseline == null ? 0 : trials, spec);
    }

    /**
     * Beam order: plans within the risk limit first, by mean ARR; then the others by how close
     * they come to the limit (a combination of them may still meet it), then by mean ARR.
     */
    private int beamOrder(Evaluated x, Evaluated y) {
        boolean okX = riskOk(x);
        boolean okY = riskOk(y);
        if (okX != okY) {
            return okX ? -1 : 1;
        }
        if (!okX) {
            int c = Double.compare(shortfall(x), shortfall(y));
            if (c != 0) {
                return c;
            }
        }
        int c = Double.compare(y.arrMean(), x.arrMean());
        return c != 0 ? c : Integer.compare(x.members().nextSetBit(0), y.members().nextSetBit(0));
    }

    /** How far a plan's risk outcome is from the limit (0 when it meets it). */
    private double shortfall(Evaluated e) {
        Studies.Risk risk = spec.risk();
        if (risk == null || !Double.isFinite(e.riskMean())) {
            return risk == null ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.max(0, risk.atMost() ? e.riskMean() - risk.bound() : risk.bound() - e.riskMean());
    }

    private boolean riskOk(Evaluated e) {
        return spec.risk() == null || spec.risk().allows(e.riskMean());
    }

    /** Each beam plan plus one more solution, within the budget, not evaluated yet; capped. */
    private List<BitSet> extend(List<Evaluated> beam) {
        List<BitSet> next = new ArrayList<>();
        for (Evaluated e : beam) {
            for (int i = 0; i < pool.size(); i++) {
                if (e.members().get(i)) {
                    continue;
                }
                BitSet b = (BitSet) e.members().clone();
                b.set(i);
                if (cost(b) <= spec.budget() && !done.containsKey(b) && !next.contains(b) && next.size() < MAX_ARMS - 1) {
                    next.add(b);
                }
            }
        }
        return next;
    }

    /** Runs one stage: the baseline and these plans as arms. */
    private List<Evaluated> evaluate(List<BitSet> plans, int stage, Simulator simulator) {
        List<Evaluated> out = new ArrayList<>();
        for (int from = 0; from < plans.size(); from += MAX_ARMS - 1) {
            List<BitSet> chunk = plans.subList(from, Math.min(plans.size(), from + MAX_ARMS - 1));
            List<List<Integer>> members = chunk.stream().map(b -> b.stream().boxed().toList()).toList();
            Results r = simulator.run(scenario, Stage.plans(trials, members), Engine.Listener.NONE, null);
            if (baseline == null) {
                baseline = measure(r, 0, new BitSet(), stage);
                baselineArr = r.capturedOutcome(0, Outcomes.ARR_END);
            }
            // single solutions first: a plan's interaction needs its parts, in this run or an earlier one
            for (int k = 0; k < chunk.size(); k++) {
                if (chunk.get(k).cardinality() == 1) {
                    singleArr.put(chunk.get(k).nextSetBit(0), r.capturedOutcome(k + 1, Outcomes.ARR_END));
                }
            }
            for (int k = 0; k < chunk.size(); k++) {
                Evaluated e = measure(r, k + 1, chunk.get(k), stage);
                done.put(chunk.get(k), e);
                out.add(e);
            }
        }
        return out;
    }

    private Evaluated measure(Results r, int arm, BitSet members, int stage) {
        int risk = spec.risk() == null ? -1 : spec.risk().outcome();
        double interactionSd = members.cardinality() > 1
                ? interactionSd(r.capturedOutcome(arm, Outcomes.ARR_END), members) : Double.NaN;
        return new Evaluated(members, r.outcomeMean(arm, Outcomes.ARR_END), r.outcomeQuantile(arm, Outcomes.ARR_END, 0.05),
                r.outcomeMean(arm, Outcomes.P_CASH_OUT), risk < 0 ? Double.NaN : r.outcomeMean(arm, risk),
                arm == 0 ? null : r.paired(arm, Outcomes.ARR_END), interactionSd, stage);
    }

    /** Standard deviation of (plan - baseline) - sum(solution - baseline), trial by trial over the captured trials. */
    private double interactionSd(double[] plan, BitSet members) {
        Moments m = new Moments(1);
        for (int t = 0; t < plan.length; t++) {
            double d = plan[t] - baselineArr[t];
            for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
                d -= singleArr.get(i)[t] - baselineArr[t];
            }
            m.add(0, d);
        }
        return m.sd(0);
    }

    /** The baseline and every evaluated plan, with feasibility, interactions and the Pareto front. */
    private List<Plan> plans() {
        List<Evaluated> all = new ArrayList<>();
        all.add(baseline);
        all.addAll(done.values());
        Map<Integer, Double> single = new LinkedHashMap<>();
        for (Evaluated e : done.values()) {
            if (e.members().cardinality() == 1) {
                single.put(e.members().nextSetBit(0), e.effect().deltaMean());
            }
        }
        List<Plan> out = new ArrayList<>();
        for (Evaluated e : all) {
            double parts = 0;
            for (int i = e.members().nextSetBit(0); i >= 0; i = e.members().nextSetBit(i + 1)) {
                parts += single.getOrDefault(i, Double.NaN);
            }
            List<String> ids = new ArrayList<>();
            for (int i = e.members().nextSetBit(0); i >= 0; i = e.members().nextSetBit(i + 1)) {
                ids.add(pool.get(i).id());
            }
            boolean budget = cost(e.members()) <= spec.budget();
            // the interval: the mean over every trial, the spread from the captured ones
            PairedDelta ci = Double.isNaN(e.interactionSd()) ? null : PairedDelta.of(Double.NaN, Double.NaN,
                    e.effect().deltaMean() - parts, e.interactionSd(), 0, e.effect().n());
            out.add(new Plan(ids, cost(e.members()), e.arrMean(), e.arrP5(), e.pCashOut(), e.riskMean(), e.effect(),
                    parts, ci, budget, riskOk(e), false, e.stage()));
        }
        List<Plan> marked = new ArrayList<>();
        for (Plan p : out) {
            marked.add(new Plan(p.solutions(), p.cost(), p.arrMean(), p.arrP5(), p.pCashOut(), p.riskMean(), p.effect(),
                    p.sumOfParts(), p.interactionCi(), p.withinBudget(), p.withinRisk(), p.feasible() && !dominated(p, out),
                    p.stage()));
        }
        Plan first = marked.get(0);
        List<Plan> rest = new ArrayList<>(marked.subList(1, marked.size()));
        rest.sort((x, y) -> {
            int c = Double.compare(y.arrMean(), x.arrMean());
            return c != 0 ? c : x.name().compareTo(y.name());
        });
        List<Plan> result = new ArrayList<>();
        result.add(first);
        result.addAll(rest);
        return result;
    }

    /** The plan's downside value, oriented so that higher is better. */
    double downside(Plan p) {
        return spec.downside() == Studies.Downside.P5_ARR ? p.arrP5() : -p.pCashOut();
    }

    private boolean dominated(Plan p, List<Plan> all) {
        for (Plan q : all) {
            if (q == p || !q.feasible()) {
                continue;
            }
            boolean noWorse = q.arrMean() >= p.arrMean() && downside(q) >= downside(p);
            boolean better = q.arrMean() > p.arrMean() || downside(q) > downside(p);
            if (noWorse && better) {
                return true;
            }
        }
        return false;
    }
}
