package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;
import java.util.List;

/**
 * Everything the engine needs to run one scenario, immutable. Built by the scenario compiler;
 * the engine checks its consistency again when it lays the run out.
 *
 * @param name scenario name
 * @param months horizon in months
 * @param trials number of trials
 * @param seed master seed; every random stream derives from it
 * @param segments customer segment ids, in order
 * @param params every parameter the mechanisms read, resolved
 * @param mechanisms the business logic, in monthly order
 * @param arms the baseline first, then solutions and plans
 * @param analysis input sampling and what the run records beyond the standard statistics
 */
public record Simulation(String name, int months, int trials, long seed, List<String> segments,
        List<Param> params, List<Mechanism> mechanisms, List<Arm> arms, Analysis analysis) {

    public static final int MAX_MONTHS = 240;
    public static final int MAX_TRIALS = 100_000_000;
    /**
     * Per-segment mechanisms give each segment {@link #SEGMENT_SLOTS} random slots of a month
     * (one per cohort, deal or project), so at most this many segments fit in a stream's month.
     */
    public static final int SEGMENT_SLOTS = 4_096;
    public static final int MAX_SEGMENTS = RandomStream.SLOTS / SEGMENT_SLOTS;

    public Simulation {
        Checks.notBlank("name", name);
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be in [1, " + MAX_MONTHS + "], got " + months);
        }
        if (trials < 1 || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be in [1, " + MAX_TRIALS + "], got " + trials);
        }
        segments = List.copyOf(segments);
        if (segments.isEmpty() || segments.size() > MAX_SEGMENTS) {
            throw new IllegalArgumentException("segments must number 1 to " + MAX_SEGMENTS + ", got "
                    + segments.size());
        }
        params = List.copyOf(params);
        mechanisms = List.copyOf(mechanisms);
        arms = List.copyOf(arms);
        if (arms.isEmpty() || !arms.get(0).name().equals(Arm.BASELINE)) {
            throw new IllegalArgumentException("the first arm must be the baseline");
        }
        Checks.notNull("analysis", analysis);
    }

    /** A plain run ({@link Analysis#NONE}). */
    public Simulation(String name, int months, int trials, long seed, List<String> segments, List<Param> params,
            List<Mechanism> mechanisms, List<Arm> arms) {
        this(name, months, trials, seed, segments, params, mechanisms, arms, Analysis.NONE);
    }

    public Simulation withRun(int newMonths, int newTrials, long newSeed) {
        return new Simulation(name, newMonths, newTrials, newSeed, segments, params, mechanisms, arms, analysis);
    }

    public Simulation withAnalysis(Analysis newAnalysis) {
        return new Simulation(name, months, trials, seed, segments, params, mechanisms, arms, newAnalysis);
    }

    /** The same business with other arms (the baseline first), e.g. the candidates of a plan search. */
    public Simulation withArms(List<Arm> newArms) {
        return new Simulation(name, months, trials, seed, segments, params, mechanisms, newArms, analysis);
    }
}
