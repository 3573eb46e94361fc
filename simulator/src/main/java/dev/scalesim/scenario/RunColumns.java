package dev.scalesim.scenario;

import java.util.List;

/** Columns that configure a run rather than set a model parameter, with their defaults. */
public final class RunColumns {
    public static final String SCENARIO = "scenario";
    public static final String MODEL = "model";
    public static final String MONTHS = "months";
    public static final String TRIALS = "trials";
    public static final String SEED = "seed";
    public static final String CHALLENGES = "challenges";
    public static final String SOLUTIONS = "solutions";
    public static final String PLANS = "plans";
    public static final String SEGMENTS = "segments";
    /** A solutions file (path relative to the scenario file) whose solutions the row can use. */
    public static final String SOLUTIONS_FILE = "solutions_file";

    /** {@code mc} (default) or {@code lhs}: how uncertain inputs are sampled. */
    public static final String SAMPLING = "sampling";
    /** Rank correlations between uncertain inputs: {@code cac~monthly_churn=0.5; price~monthly_churn=-0.3}. */
    public static final String CORRELATIONS = "correlations";
    /** Levels whose first month is reported: {@code arr>=10M; breakeven; cac_payback<=12}. */
    public static final String MILESTONES = "milestones";
    /** {@code on} (default), {@code off}, or the trials analysed for sensitivity. */
    public static final String SENSITIVITY = "sensitivity";
    /** {@code [outcome:]target}: run until the intervals are this narrow (trials is then the cap). */
    public static final String PRECISION = "precision";
    /** {@code all} or solution ids: combinations to evaluate as plans. */
    public static final String PLAN_SEARCH = "plan_search";
    /** Most expected solution cost a searched plan may have over the horizon. */
    public static final String PLAN_BUDGET = "plan_budget";
    /** A limit on a searched plan's mean outcome, e.g. {@code p_cash_out<=10%}. */
    public static final String PLAN_RISK = "plan_risk";
    /** The downside axis of the plan search's Pareto front: {@code p5} (default) or {@code p_cash_out}. */
    public static final String PLAN_DOWNSIDE = "plan_downside";

    public static final List<String> ALL =
            List.of(SCENARIO, MODEL, MONTHS, TRIALS, SEED, CHALLENGES, SOLUTIONS, PLANS, SEGMENTS, SOLUTIONS_FILE,
                    SAMPLING, CORRELATIONS, MILESTONES, SENSITIVITY, PRECISION, PLAN_SEARCH, PLAN_BUDGET, PLAN_RISK,
                    PLAN_DOWNSIDE);

    public static final int DEFAULT_MONTHS = 36;
    public static final int DEFAULT_TRIALS = 10_000;
    public static final long DEFAULT_SEED = 1;

    /** Keys a {@code <solution>.<key>} column can set besides an effect size. */
    public static final List<String> SOLUTION_KEYS = List.of("start", "ramp", "one_time_cost", "monthly_cost");

    private RunColumns() {
    }
}
