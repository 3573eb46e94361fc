package dev.scalesim.kernel;

import dev.scalesim.stats.Gaussian;
import java.util.Arrays;

/**
 * Discrete draws by inversion of a single uniform, so that arms which differ only in a rate
 * get counts that move monotonically with it (the coupling behind common random numbers).
 *
 * <p>Small means are inverted exactly from the probability mass function. Above
 * {@link #EXACT_MEAN} the count is a Cornish-Fisher (skewness-corrected) normal approximation
 * with continuity correction: its CDF error is O(1/mean), about 0.03% at the threshold, under
 * the Monte Carlo error of a 50,000-trial run at every count (DrawsTest shows it).
 *
 * <p>The two methods disagree by one in a few draws per thousand just above the threshold, so
 * up to {@link #SEAM_END} the approximation is kept at or above the exact draw at the threshold
 * (and, for a binomial, at or below the exact draw at the mirrored threshold): a draw never
 * falls when the rate rises across the seam. That exact draw is needed only when the
 * approximation is within {@link #SEAM_GAP} of the approximation at the threshold (the exact
 * draw there is never more than that above it; tested), and for the Poisson it is read from a
 * table. Beyond {@link #SEAM_END} the approximation is above the threshold's exact draw for
 * every uniform the streams can produce (tested).
 */
public final class Draws {
    /** Largest mean inverted exactly. */
    static final double EXACT_MEAN = 40;
    /**
     * Largest mean at which the approximation is held to the threshold's exact draw. The
     * approximation falls below that draw up to a mean of about 46 (in the extreme tails); 60
     * leaves a margin.
     */
    static final double SEAM_END = 1.5 * EXACT_MEAN;
    /**
     * The exact draw at the threshold exceeds the approximation at the threshold by at most
     * this (by at most 2 at the most extreme uniforms; DrawsTest checks it), so an approximation
     * at least this far above its value at the threshold needs no exact draw.
     */
    static final int SEAM_GAP = 3;
    /**
     * 1 / k for small k: exact inversion multiplies instead of dividing (a division per step
     * was the slow part).
     */
    static final double[] RECIPROCALS = new double[256];
    /** The CDF of Poisson({@link #EXACT_MEAN}) summed exactly as {@link #exactPoisson} sums it. */
    private static final double[] POISSON_SEAM_CDF;

    static {
        for (int k = 1; k < RECIPROCALS.length; k++) {
            RECIPROCALS[k] = 1.0 / k;
        }
        double[] cdf = new double[256];
        double pmf = Math.exp(-EXACT_MEAN);
        cdf[0] = pmf;
        int k = 0;
        while (true) {
            k++;
            pmf *= EXACT_MEAN / k;
            double next = cdf[k - 1] + pmf;
            if (next == cdf[k - 1]) {
                break;
            }
            cdf[k] = next;
        }
        POISSON_SEAM_CDF = Arrays.copyOf(cdf, k);
    }

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
        return mean <= SEAM_END ? Math.max(k, seamPoisson(u)) : k;
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

    /** {@code exactPoisson(u, EXACT_MEAN)}, by binary search in its CDF table. */
    static long seamPoisson(double u) {
        double[] cdf = POISSON_SEAM_CDF;
        // The first k with u <= cdf[k]; past the table (u above every sum) the loop stopped at its length.
        int low = 0;
        int high = cdf.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (u > cdf[mid]) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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
        double z = Gaussian.quantile(u);
        long k = approxBinomial(z, n, p);
        double mean = n * p;
        if (mean <= SEAM_END) {
            double seam = EXACT_MEAN / n;
            if (k < approxBinomial(z, n, seam) + SEAM_GAP) {
                k = Math.max(k, exactBinomial(u, n, seam));
            }
        }
        if (n - mean <= SEAM_END) {
            double seam = 1 - EXACT_MEAN / n;
            if (k > approxBinomial(z, n, seam) - SEAM_GAP) {
                k = Math.min(k, exactBinomial(u, n, seam));
            }
        }
        return k;
    }

    /** The Cornish-Fisher draw at normal quantile z. */
    static long approxBinomial(double z, long n, double p) {
        double mean = n * p;
        double sd = Math.sqrt(mean * (1 - p));
        double skew = (1 - 2 * p) / sd;
        double x = mean + sd * (z + skew * (z * z - 1) / 6) + 0.5;
        return x <= 0 ? 0 : Math.min(n, (long) x);
    }

    /** Exact inversion for n * min(p, 1 - p) small. */
    static long exactBinomial(double u, long n, double p) {
        if (p > 0.5) {
            // Mirror so the search runs over the rarer outcome; 1 - u keeps monotonicity in u.
            return n - exactBinomial(1 - u, n, 1 - p);
        }
        return invertBinomial(u, n, Math.exp(n * Math.log1p(-p)), p / (1 - p));
    }

    /** 1 / k, from a table for small k. */
    static double reciprocal(long k) {
        return k < RECIPROCALS.length ? RECIPROCALS[(int) k] : 1.0 / k;
    }

    /**
     * Exact inversion of Binomial(n, p) from {@code pmf0 = (1 - p)^n} and {@code ratio = p / (1 -
     * p)}: the smallest k whose CDF reaches u, summed upward (p at most 0.5, n p small).
     */
    static long invertBinomial(double u, long n, double pmf0, double ratio) {
        return invertFrom(u, n, 0, pmf0, pmf0, ratio);
    }

    /**
     * The inversion loop resumed at count k with its probability and CDF (u above the CDF below
     * k): the smallest count whose CDF reaches u.
     */
    static long invertFrom(double u, long n, long k, double pmf, double cdf, double ratio) {
        double m = pmf;
        double c = cdf;
        while (u > c && k < n) {
            m *= ratio * (n - k) * reciprocal(k + 1);
            k++;
            double next = c + m;
            if (next == c) {
                break; // the tail is below double precision
            }
            c = next;
        }
        return k;
    }
}
