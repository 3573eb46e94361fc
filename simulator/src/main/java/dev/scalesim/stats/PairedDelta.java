package dev.scalesim.stats;

/**
 * An arm compared with the baseline over the same trials (common random numbers): how well the
 * mean change is known (its 95% interval) and how much the change itself varies across futures
 * (its percentiles, and the shares of trials where the arm is better, equal or worse).
 *
 * @param baselineMean mean of the baseline over the paired trials
 * @param armMean mean of the arm over the paired trials
 * @param deltaMean mean of (arm - baseline)
 * @param ciLow lower end of the 95% interval of the mean delta (normal, n large)
 * @param ciHigh upper end
 * @param pBetter share of paired trials where the arm is strictly better
 * @param pEqual share of paired trials where the arm and the baseline are exactly equal (a yes/no
 *     outcome that did not change, an effect that never reached the outcome)
 * @param pWorse share of paired trials where the arm is strictly worse; the three shares sum to 1
 * @param p5 5th percentile of (arm - baseline) across trials: the spread of the effect, not its noise
 * @param p50 median of (arm - baseline)
 * @param p95 95th percentile of (arm - baseline)
 * @param n paired trials where both values were defined
 */
public record PairedDelta(double baselineMean, double armMean, double deltaMean, double ciLow,
        double ciHigh, double pBetter, double pEqual, double pWorse, double p5, double p50, double p95, long n) {

    /** z of the two-sided 95% interval. */
    public static final double Z975 = 1.959963984540054;

    /** The mean and its interval only (shares and percentiles undefined). */
    public static PairedDelta of(double baselineMean, double armMean, double deltaMean,
            double deltaSd, long better, long n) {
        return of(baselineMean, armMean, deltaMean, deltaSd, better, -1, Double.NaN, Double.NaN, Double.NaN, n);
    }

    /**
     * @param equal trials with equal values, or -1 when not counted (then the shares of equal and
     *     worse are undefined)
     */
    public static PairedDelta of(double baselineMean, double armMean, double deltaMean, double deltaSd,
            long better, long equal, double p5, double p50, double p95, long n) {
        double half = n < 2 ? Double.NaN : Z975 * deltaSd / Math.sqrt(n);
        boolean counted = n > 0 && equal >= 0;
        return new PairedDelta(baselineMean, armMean, deltaMean, deltaMean - half, deltaMean + half,
                n == 0 ? Double.NaN : (double) better / n,
                counted ? (double) equal / n : Double.NaN,
                counted ? (double) (n - better - equal) / n : Double.NaN, p5, p50, p95, n);
    }

    /** Width of the 95% interval. */
    public double width() {
        return ciHigh - ciLow;
    }
}
