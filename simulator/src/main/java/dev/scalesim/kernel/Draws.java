package dev.scalesim.kernel;

import dev.scalesim.stats.Gaussian;

/**
 * Discrete draws by inversion of a single uniform, so that arms which differ only in a rate
 * get counts that move monotonically with it (the coupling behind common random numbers).
 *
 * <p>Small means are inverted exactly from the probability mass function. Above
 * {@link #EXACT_MEAN} the count is a Cornish-Fisher (skewness-corrected) normal approximation
 * with continuity correction: its CDF error is O(1/mean), below 0.2% at the threshold, which
 * is under the Monte Carlo error of any count summary at the trial counts used here.
 */
public final class Draws {
    /** Largest mean inverted exactly. */
    static final double EXACT_MEAN = 40;

    private Draws() {
    }

    /** Poisson(mean) at uniform u in (0, 1). */
    public static long poisson(double u, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean <= EXACT_MEAN) {
            double pmf = Math.exp(-mean);
            double cdf = pmf;
            long k = 0;
            while (u > cdf) {
                k++;
                pmf *= mean / k;
                double next = cdf + pmf;
                if (next == cdf) {
                    break; // the tail is below double precision
                }
                cdf = next;
            }
            return k;
        }
        double sd = Math.sqrt(mean);
        double z = Gaussian.quantile(u);
        double x = mean + sd * (z + (z * z - 1) / (6 * sd)) + 0.5;
        return x <= 0 ? 0 : (long) x;
    }

    /** Binomial(n, p) at uniform u in (0, 1). */
    public static long binomial(double u, long n, double p) {
        if (n <= 0 || !(p > 0)) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            // Mirror so the search runs over the rarer outcome; 1 - u keeps monotonicity in u.
            return n - binomial(1 - u, n, 1 - p);
        }
        double mean = n * p;
        if (mean <= EXACT_MEAN) {
            double q = 1 - p;
            double ratio = p / q;
            double pmf = Math.exp(n * Math.log1p(-p));
            double cdf = pmf;
            long k = 0;
            while (u > cdf && k < n) {
                pmf *= ratio * (n - k) / (k + 1);
                k++;
                double next = cdf + pmf;
                if (next == cdf) {
                    break;
                }
                cdf = next;
            }
            return k;
        }
        double sd = Math.sqrt(mean * (1 - p));
        double skew = (1 - 2 * p) / sd;
        double z = Gaussian.quantile(u);
        double x = mean + sd * (z + skew * (z * z - 1) / 6) + 0.5;
        return x <= 0 ? 0 : Math.min(n, (long) x);
    }
}
