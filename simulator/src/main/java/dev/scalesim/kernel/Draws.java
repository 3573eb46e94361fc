package dev.scalesim.kernel;

import dev.scalesim.stats.Gaussian;

/**
 * Discrete draws by inversion of a single uniform, so that arms which differ only in a rate
 * get counts that move monotonically with it (the coupling behind common random numbers).
 *
 * <p>Small means are inverted exactly from the probability mass function. Above
 * {@link #EXACT_MEAN} the count is a Cornish-Fisher (skewness-corrected) normal approximation
 * with continuity correction: its CDF error is O(1/mean), about 0.03% at the threshold, which
 * is under the Monte Carlo error of any count summary at the trial counts used here.
 *
 * <p>The two methods disagree by one in a few draws per thousand just above the threshold, so
 * up to {@link #SEAM_END} the approximation is kept at or above the exact draw at the threshold
 * (and, for a binomial, at or below the exact draw at the mirrored threshold): a draw never
 * falls when the rate rises across the seam. Beyond {@link #SEAM_END} the approximation is
 * above the threshold's exact draw for every uniform the streams can produce (tested).
 */
public final class Draws {
    /** Largest mean inverted exactly. */
    static final double EXACT_MEAN = 40;
    /**
     * Largest mean at which the approximation is held to the threshold's exact draw. The
     * approximation falls below that draw up to a mean of about 46 (in the extreme tails); 60
     * leaves a margin while keeping the extra exact inversion off most draws.
     */
    static final double SEAM_END = 1.5 * EXACT_MEAN;

    private Draws() {
    }

    /** Poisson(mean) at uniform u in (0, 1). */
    public static long poisson(double u, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean <= EXACT_MEAN) {
            return exactPoisson(u, mean);
        }
        double sd = Math.sqrt(mean);
        double z = Gaussian.quantile(u);
        double x = mean + sd * (z + (z * z - 1) / (6 * sd)) + 0.5;
        long k = x <= 0 ? 0 : (long) x;
        return mean <= SEAM_END ? Math.max(k, exactPoisson(u, EXACT_MEAN)) : k;
    }

    private static long exactPoisson(double u, double mean) {
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

    /** Binomial(n, p) at uniform u in (0, 1). */
    public static long binomial(double u, long n, double p) {
        if (n <= 0 || !(p > 0)) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n * Math.min(p, 1 - p) <= EXACT_MEAN) {
            return exactBinomial(u, n, p);
        }
        double mean = n * p;
        double sd = Math.sqrt(mean * (1 - p));
        double skew = (1 - 2 * p) / sd;
        double z = Gaussian.quantile(u);
        double x = mean + sd * (z + skew * (z * z - 1) / 6) + 0.5;
        long k = x <= 0 ? 0 : Math.min(n, (long) x);
        if (mean <= SEAM_END) {
            k = Math.max(k, exactBinomial(u, n, EXACT_MEAN / n));
        }
        if (n - mean <= SEAM_END) {
            k = Math.min(k, exactBinomial(u, n, 1 - EXACT_MEAN / n));
        }
        return k;
    }

    /** Exact inversion for n * min(p, 1 - p) small. */
    private static long exactBinomial(double u, long n, double p) {
        if (p > 0.5) {
            // Mirror so the search runs over the rarer outcome; 1 - u keeps monotonicity in u.
            return n - exactBinomial(1 - u, n, 1 - p);
        }
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
}
