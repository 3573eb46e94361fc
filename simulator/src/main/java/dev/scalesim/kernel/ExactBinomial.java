package dev.scalesim.kernel;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Binomial(n, p) by exact inversion of a single uniform at any mean: the pooled churn draw,
 * where one count of hundreds or thousands of customers replaces a draw per cohort.
 * {@link Draws#binomial} switches to a normal approximation above a mean of
 * {@value Draws#EXACT_MEAN}; this does not.
 *
 * <p>Plain inversion sums the CDF from k = 0, which costs the mean in steps and underflows
 * {@code (1 - p)^n} beyond a mean of about 700. Here the sum starts at
 * {@code k0 = floor(mean - }{@value #START_SPREAD}{@code  sqrt(mean))}, from the probability of
 * k0 (commons-statistics' saddle-point log probability), and treats the mass below k0 as
 * zero. By the Chernoff bound {@code P(X <= (1 - d) mean) <= exp(-d^2 mean / 2)} that mass is
 * below {@code exp(-45) = 2.9e-20}, under the smallest uniform a stream produces (2^-54): the
 * draw differs from exact inversion only where u falls within that much of a CDF value. Where
 * k0 is 0 this is the plain inversion itself.
 *
 * <p>The draw is monotone in u, and (as exact inversion is) in n and in p, so arms whose
 * hazards or pool sizes differ stay coupled.
 */
public final class ExactBinomial {
    /** Standard deviations of a Poisson of the same mean below the mean where the sum starts. */
    static final double START_SPREAD = 9.5;

    private ExactBinomial() {
    }

    /** Binomial(n, p) at uniform u in (0, 1). */
    public static long draw(double u, long n, double p) {
        if (n <= 0 || !(p > 0)) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            // Mirror so the sum runs over the rarer outcome; 1 - u keeps monotonicity in u.
            return n - draw(1 - u, n, 1 - p);
        }
        if (n > Integer.MAX_VALUE) {
            return Draws.binomial(u, n, p); // beyond commons-statistics' int trials: not a customer count
        }
        double mean = n * p;
        long start = (long) Math.floor(mean - START_SPREAD * Math.sqrt(mean));
        double ratio = p / (1 - p);
        if (start <= 0) {
            return Draws.invertBinomial(u, n, Math.exp(n * Math.log1p(-p)), ratio);
        }
        double pmf = Math.exp(BinomialDistribution.of((int) n, p).logProbability((int) start));
        return Draws.invertFrom(u, n, start, pmf, pmf, ratio);
    }
}
