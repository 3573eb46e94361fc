package dev.scalesim.stats;

/**
 * An arm compared with the baseline over the same trials (common random numbers).
 *
 * @param baselineMean mean of the baseline over the paired trials
 * @param armMean mean of the arm over the paired trials
 * @param deltaMean mean of (arm - baseline)
 * @param ciLow lower end of the 95% interval of the mean delta (normal, n large)
 * @param ciHigh upper end
 * @param pBetter share of paired trials where the arm is strictly better
 * @param n paired trials where both values were defined
 */
public record PairedDelta(double baselineMean, double armMean, double deltaMean, double ciLow,
        double ciHigh, double pBetter, long n) {

    /** z of the two-sided 95% interval. */
    public static final double Z975 = 1.959963984540054;

    public static PairedDelta of(double baselineMean, double armMean, double deltaMean,
            double deltaSd, long better, long n) {
        double half = n < 2 ? Double.NaN : Z975 * deltaSd / Math.sqrt(n);
        return new PairedDelta(baselineMean, armMean, deltaMean, deltaMean - half, deltaMean + half,
                n == 0 ? Double.NaN : (double) better / n, n);
    }

    /** Width of the 95% interval. */
    public double width() {
        return ciHigh - ciLow;
    }
}
