package dev.scalesim.report.chart;

import dev.scalesim.stats.Checks;

/**
 * One arm's statistics on one outcome of a scenario, as the run's batch summary holds them.
 * Undefined numbers are NaN (the deltas of the baseline, an outcome no trial defined).
 *
 * @param arm the arm's name
 * @param metric the outcome's id
 * @param mean mean over trials
 * @param p5 5th percentile
 * @param p50 median
 * @param p95 95th percentile
 * @param deltaMean mean paired change against the baseline
 * @param ciLow low end of its 95% interval
 * @param ciHigh high end of its 95% interval
 * @param pBetter share of trials where the arm beats the baseline
 * @param pEqual share of trials where the arm equals the baseline
 * @param pWorse share of trials where the baseline beats the arm
 * @param deltaP5 5th percentile of the paired change across trials (its spread, not its noise)
 * @param deltaP95 95th percentile of the paired change
 * @param trials trials in which the outcome was defined
 */
public record ArmOutcome(String arm, String metric, double mean, double p5, double p50, double p95,
        double deltaMean, double ciLow, double ciHigh, double pBetter, double pEqual, double pWorse,
        double deltaP5, double deltaP95, long trials) {
    public ArmOutcome {
        Checks.notBlank("arm", arm);
        Checks.notBlank("metric", metric);
        if (trials < 0) {
            throw new IllegalArgumentException("trials must be >= 0, got " + trials);
        }
    }
}
