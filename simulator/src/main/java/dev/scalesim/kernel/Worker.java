package dev.scalesim.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs trials on one thread: draws the trial's inputs once, then simulates every arm month by
 * month on the same random streams. All state is allocated once and reused; the monthly loop
 * allocates nothing.
 */
final class Worker {
    /**
     * Slots of an intervention's own stream, month 0: a block per effect size (a rejection
     * sampler may read several consecutive slots), then the one-time and the monthly cost far
     * past any effect (up to 1,000 effects).
     */
    static final int EFFECT_SIZE_SLOTS = 64;
    static final int ONE_TIME_COST_SLOT = 1_000 * EFFECT_SIZE_SLOTS;
    static final int MONTHLY_COST_SLOT = ONE_TIME_COST_SLOT + EFFECT_SIZE_SLOTS;

    private final Layout layout;
    private final int months;
    private final List<RandomStream> streams = new ArrayList<>();
    private final RandomStream.Cursor[] inputs;
    private final RandomStream.Cursor[] effectDraws;
    private final double[] base;
    private final double[] sizes;
    private final double[] oneTimeCost;
    private final double[] monthlyCost;
    private final ArmRun[] arms;
    private final Quantiles quantiles;
    private final Recorder monthlyRecorder;
    private final Recorder outcomeRecorder;
    private final int metricCount;
    private final int startingCash;
    private final int fixedCosts;
    private final int paymentFees;
    // Decision analytics (see Analysis): each is off (null, 0, false) in a plain run.
    private final InputSampler sampler;
    private final CapturePlan capture;
    private final double[][] armOutcomes;
    private final MilestoneTracker milestones;
    private final boolean monthlyOn;
    private final int rankOutcome;

    /** One arm's reusable state. */
    private static final class ArmRun {
        final Layout.ArmPlan plan;
        final Params params;
        final Month month;
        final Mechanism.Process[] processes;
        final double[] outcomes = new double[Outcomes.COUNT];
        final InvestorMetrics totals;
        final Books books;
        final FinancingRule financing;

        ArmRun(Layout.ArmPlan plan, Params params, Month month, Mechanism.Process[] processes, Books books,
                FinancingRule financing) {
            this.totals = new InvestorMetrics(month.months);
            this.books = books;
            this.financing = financing;
            this.plan = plan;
            this.params = params;
            this.month = month;
            this.processes = processes;
        }
    }

    Worker(Layout layout) {
        this.layout = layout;
        this.months = layout.months();
        Simulation sim = layout.sim();
        int paramCount = layout.paramCount();
        base = new double[paramCount];
        inputs = new RandomStream.Cursor[paramCount];
        for (int p = 0; p < paramCount; p++) {
            inputs[p] = addStream("input:" + layout.param(p).id()).cursor();
        }
        List<Intervention> ivs = layout.interventions();
        effectDraws = new RandomStream.Cursor[ivs.size()];
        for (int i = 0; i < ivs.size(); i++) {
            effectDraws[i] = addStream("solution:" + ivs.get(i).id()).cursor();
        }
        sizes = new double[layout.sizeSlots()];
        oneTimeCost = new double[ivs.size()];
        monthlyCost = new double[ivs.size()];
        startingCash = layout.paramIndex(CoreParams.STARTING_CASH.id());
        fixedCosts = layout.paramIndex(CoreParams.FIXED_COSTS.id());
        paymentFees = layout.paramIndex(CoreParams.PAYMENT_FEES.id());

        Map<String, RandomStream> shared = new LinkedHashMap<>();
        Binding binding = new Binding(layout,
                source -> shared.computeIfAbsent(source, id -> addStream("mechanism:" + id)));
        RandomStream financing = addStream("financing");
        arms = new ArmRun[layout.plans().size()];
        for (int a = 0; a < arms.length; a++) {
            Layout.ArmPlan plan = layout.plans().get(a);
            Params params = new Params(layout, plan, base);
            Month month = new Month(months, layout.segments().size(), layout.metricSlots(), params);
            Mechanism.Process[] processes = new Mechanism.Process[sim.mechanisms().size()];
            for (int k = 0; k < processes.length; k++) {
                processes[k] = sim.mechanisms().get(k).start(binding);
            }
            arms[a] = new ArmRun(plan, params, month, processes, new Books(layout),
                    new FinancingRule(layout, financing));
        }
        Analysis analysis = sim.analysis();
        sampler = analysis.plainInputs() ? null : new InputSampler(layout);
        capture = analysis.capture() > 0 ? new CapturePlan(layout) : null;
        armOutcomes = new double[arms.length][];
        for (int a = 0; a < arms.length; a++) {
            armOutcomes[a] = arms[a].outcomes;
        }
        MilestoneTracker tracker = new MilestoneTracker(layout, arms.length);
        milestones = tracker.any() ? tracker : null;
        monthlyOn = analysis.monthly();
        rankOutcome = analysis.rankOutcome();
        metricCount = layout.recordedMetrics();
        int monthlySlots = Summary.monthlySlots(arms.length, metricCount, months);
        quantiles = new Quantiles(monthlySlots, arms.length * Outcomes.COUNT);
        monthlyRecorder = new Recorder(monthlySlots, Engine.BLOCK);
        outcomeRecorder = new Recorder(arms.length * Outcomes.COUNT, Engine.BLOCK);
    }

    /** This worker's sketches, complete once every block it ran is done. */
    Quantiles quantiles() {
        return quantiles;
    }

    private RandomStream addStream(String source) {
        RandomStream s = new RandomStream(layout.sim().seed(), source);
        streams.add(s);
        return s;
    }

    /**
     * Runs trials [first, first + count) into {@code out}; stops with {@link
     * Engine.CancelledException} between trials once its thread is interrupted, so a cancelled
     * run does not keep a core busy until the block ends.
     */
    void run(long first, int count, Summary out) {
        if (sampler != null) {
            sampler.block(first, count);
        }
        for (long trial = first; trial < first + count; trial++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Engine.CancelledException("interrupted");
            }
            trial(trial, out);
            monthlyRecorder.commit();
            outcomeRecorder.commit();
            if (monthlyRecorder.full() || outcomeRecorder.full()) {
                flush(out);
            }
        }
        flush(out);
        out.trials += count;
    }

    private void flush(Summary out) {
        monthlyRecorder.flush(out.monthly, quantiles.monthly);
        outcomeRecorder.flush(out.outcomes, quantiles.outcomes);
    }

    private void trial(long trial, Summary out) {
        for (RandomStream s : streams) {
            s.trial(trial);
        }
        drawInputs(trial);
        for (int a = 0; a < arms.length; a++) {
            simulate(a, out);
        }
        double[] baseline = arms[0].outcomes;
        for (int a = 1; a < arms.length; a++) {
            out.recordPair(a, baseline, arms[a].outcomes, quantiles.deltas);
        }
        if (capture != null || rankOutcome >= 0) {
            analytics(trial, out.records);
        }
    }

    /** Decision analytics of a finished trial: the captured row and arm-to-arm differences. */
    private void analytics(long trial, Records records) {
        if (capture != null) {
            int at = records.row(trial);
            if (at >= 0) {
                capture.write(records.rows, at, base, sizes, armOutcomes);
            }
        }
        if (rankOutcome >= 0) {
            for (int a = 0; a < arms.length; a++) {
                for (int b = a + 1; b < arms.length; b++) {
                    records.pairwise.add(a * arms.length + b, armOutcomes[a][rankOutcome] - armOutcomes[b][rankOutcome]);
                }
            }
        }
    }

    /** Uncertain inputs and effect sizes: drawn once per trial, shared by every arm. */
    private void drawInputs(long trial) {
        if (sampler != null) {
            sampler.draw(trial, base);  // Latin hypercube or correlated inputs
        } else {
            for (int p = 0; p < base.length; p++) {
                Param param = layout.param(p);
                base[p] = param.value().isConstant()
                        ? param.value().sample(null)
                        : param.def().clamp(param.value().sample(inputs[p].at(0, 0)));
            }
        }
        List<Intervention> ivs = layout.interventions();
        for (int i = 0; i < ivs.size(); i++) {
            Intervention iv = ivs.get(i);
            RandomStream.Cursor c = effectDraws[i];
            int slot = layout.firstSizeSlot(i);
            for (int e = 0; e < iv.effects().size(); e++) {
                sizes[slot + e] = iv.effects().get(e).size().sample(c.at(0, EFFECT_SIZE_SLOTS * e));
            }
            oneTimeCost[i] = Math.max(0, iv.oneTimeCost().sample(c.at(0, ONE_TIME_COST_SLOT)));
            monthlyCost[i] = Math.max(0, iv.monthlyCost().sample(c.at(0, MONTHLY_COST_SLOT)));
        }
    }

    private void simulate(int a, Summary out) {
        ArmRun run = arms[a];
        Month m = run.month;
        run.params.prepare(sizes);
        m.resetTrial(run.params.get(startingCash, 0));
        for (Mechanism.Process process : run.processes) {
            process.reset(m);
        }
        InvestorMetrics totals = run.totals;
        totals.reset(m.cash);
        run.books.reset(m.cash);
        run.financing.reset();
        if (milestones != null) {
            milestones.start(a);
        }
        for (int t = 1; t <= months; t++) {
            m.begin(t);
            run.financing.beginMonth(m);
            run.params.applyConditions(t, m.previous, sizes);
            for (Mechanism.Process process : run.processes) {
                process.month(m);
            }
            account(run, m, totals);
            if (monthlyOn) {
                monthlyRecorder.put(Summary.monthlySlot(metricCount, months, a, 0, t), m.metrics, metricCount);
                out.recordCohorts(a, t, m.cohortSurvivors);
            }
            if (milestones != null) {
                milestones.month(a, t, m.metrics);
            }
        }
        totals.outcomes(m, run.outcomes);
        run.financing.outcomes(m, m.cash, run.outcomes);
        outcomeRecorder.put(Summary.outcomeSlot(a, 0), run.outcomes, Outcomes.COUNT);
        if (milestones != null) {
            milestones.end(a, out.records);
        }
    }

    /** The month's books: revenue, COGS, opex, EBITDA, cash, and the core metrics. */
    private void account(ArmRun run, Month m, InvestorMetrics totals) {
        int t = m.t;
        double solutionCosts = 0;
        for (int i : run.plan.interventions()) {
            int start = layout.interventions().get(i).start();
            if (t == start) {
                solutionCosts += oneTimeCost[i];
            }
            if (t >= start) {
                solutionCosts += monthlyCost[i];
            }
        }
        double revenue = m.recurringRevenue + m.oneOffRevenue;
        double cogs = m.cogs + m.get(paymentFees) * revenue;
        double opex = m.acquisitionSpend + m.get(fixedCosts) + solutionCosts + m.opex;
        double ebitda = revenue - cogs - opex;
        double customersBefore = t == 1 ? 0 : m.previous[CoreMetrics.CUSTOMERS];
        Books books = run.books;
        double cashBefore = books.cash;
        books.close(m, cogs, opex);
        double raised = run.financing.endMonth(m, books.cash - cashBefore, books.cash, 12 * m.recurringRevenue);
        if (raised > 0) {
            books.finance(raised);
        }
        m.cash = books.cash;

        long customers = m.totalCustomers();
        long arrivals = 0;
        long churned = 0;
        for (int s = 0; s < m.segments(); s++) {
            arrivals += m.arrivals[s];
            churned += m.churned[s];
        }
        double[] v = m.metrics;
        v[CoreMetrics.CUSTOMERS] = customers;
        v[CoreMetrics.NEW_CUSTOMERS] = arrivals;
        v[CoreMetrics.CHURNED_CUSTOMERS] = churned;
        v[CoreMetrics.MRR] = m.recurringRevenue;
        v[CoreMetrics.REVENUE] = revenue;
        v[CoreMetrics.COGS] = cogs;
        double margin = revenue > 0 ? (revenue - cogs) / revenue : Double.NaN;
        v[CoreMetrics.GROSS_MARGIN] = margin;
        v[CoreMetrics.OPEX] = opex;
        v[CoreMetrics.EBITDA] = ebitda;
        v[CoreMetrics.CASH] = m.cash;
        double arpu = customers > 0 ? m.recurringRevenue / customers : Double.NaN;
        v[CoreMetrics.ARPU] = arpu;
        double cac = arrivals > 0 ? m.acquisitionSpend / arrivals : Double.NaN;
        v[CoreMetrics.CAC] = cac;
        double profitPerCustomer = arpu * margin;
        v[CoreMetrics.CAC_PAYBACK] = profitPerCustomer > 0 ? cac / profitPerCustomer : Double.NaN;
        v[CoreMetrics.USES] = m.uses;
        v[CoreMetrics.REVENUE_PER_USE] = m.uses > 0 ? revenue / m.uses : Double.NaN;
        v[CoreMetrics.COGS_PER_USE] = m.uses > 0 ? cogs / m.uses : Double.NaN;
        v[CoreMetrics.BILLINGS] = books.billings;
        v[CoreMetrics.COLLECTIONS] = books.collections;
        v[CoreMetrics.DEFERRED_REVENUE] = books.deferred;
        v[CoreMetrics.RECEIVABLES] = books.receivables;
        v[CoreMetrics.RUNWAY_MONTHS] = run.financing.runway(t, m.cash);
        v[CoreMetrics.FINANCING_INFLOW] = raised;

        if (monthlyOn) {
            segmentBreakdown(m, revenue, cogs);
        }

        totals.month(m, revenue, ebitda, raised, arrivals, churned, customersBefore);
        v[CoreMetrics.CASH_OUT] = totals.cashOut() ? 1 : 0;
        v[CoreMetrics.BREAKEVEN_REACHED] = totals.brokeEven() ? 1 : 0;
    }

    /**
     * Each segment's customers, flows, MRR, revenue and COGS, and the unallocated rest: one-off
     * revenue, recurring revenue no segment owns (marketplace take, ads) and shared costs. Payment
     * fees follow the revenue they are charged on. The rows add up to the month's totals.
     */
    private void segmentBreakdown(Month m, double revenue, double cogs) {
        double[] v = m.metrics;
        double fee = m.get(paymentFees);
        int n = m.segments();
        double mrrLeft = m.recurringRevenue;
        double revenueLeft = revenue;
        double cogsLeft = cogs;
        for (int s = 0; s <= n; s++) {
            boolean rest = s == n;
            double segmentCogs = rest ? rest(cogsLeft, cogs) : m.segmentCogs[s] + fee * m.segmentMrr[s];
            v[layout.segmentSlot(s, SegmentFields.CUSTOMERS)] = rest ? 0 : m.customers[s];
            v[layout.segmentSlot(s, SegmentFields.NEW_CUSTOMERS)] = rest ? 0 : m.arrivals[s];
            v[layout.segmentSlot(s, SegmentFields.CHURNED_CUSTOMERS)] = rest ? 0 : m.churned[s];
            v[layout.segmentSlot(s, SegmentFields.MRR)] = rest ? rest(mrrLeft, m.recurringRevenue) : m.segmentMrr[s];
            v[layout.segmentSlot(s, SegmentFields.REVENUE)] = rest ? rest(revenueLeft, revenue) : m.segmentMrr[s];
            v[layout.segmentSlot(s, SegmentFields.COGS)] = segmentCogs;
            if (!rest) {
                mrrLeft -= m.segmentMrr[s];
                revenueLeft -= m.segmentMrr[s];
                cogsLeft -= segmentCogs;
            }
        }
    }

    /** What is left after the segments, with rounding dust (not a real amount) shown as 0. */
    private static double rest(double left, double total) {
        return Math.abs(left) <= 1e-9 * Math.abs(total) ? 0 : left;
    }
}
