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

    public static final List<String> ALL =
            List.of(SCENARIO, MODEL, MONTHS, TRIALS, SEED, CHALLENGES, SOLUTIONS, PLANS, SEGMENTS, SOLUTIONS_FILE);

    public static final int DEFAULT_MONTHS = 36;
    public static final int DEFAULT_TRIALS = 10_000;
    public static final long DEFAULT_SEED = 1;

    /** Keys a {@code <solution>.<key>} column can set besides an effect size. */
    public static final List<String> SOLUTION_KEYS = List.of("start", "ramp", "one_time_cost", "monthly_cost");

    private RunColumns() {
    }
}
