package dev.scalesim.mechanism;

import dev.scalesim.kernel.Draws;
import dev.scalesim.kernel.RandomStream;

/**
 * Poisson arrivals with lognormal sizes, the shape of rare heavy-tailed events (fines,
 * lawsuits) and of lumpy deals. In a month with mean count {@code lambda}:
 * <pre>
 *   N ~ Poisson(lambda);  X_i = mean * exp(sigma Z_i - sigma^2/2)  (lognormal with mean {@code mean});
 *   total = sum_{i=1..N} X_i
 *   E[N] = Var[N] = lambda;  E[total] = lambda mean;  Var[total] = lambda mean^2 exp(sigma^2)
 * </pre>
 * The count is slot {@code first} of the stream and the i-th size slot {@code first + 1 + i},
 * so a rate change moves the count monotonically and leaves the sizes of the events that still
 * happen unchanged. Sizes beyond {@link #MAX_SIZED} events in one month (never reached at the
 * rates the parameters allow) count at their mean.
 */
public final class CompoundPoisson {
    /** Events per month whose sizes are drawn (slots first + 1 ...); the rest count at the mean size. */
    public static final int MAX_SIZED = 4_000;

    private CompoundPoisson() {
    }

    /** The month's number of events. */
    public static long count(RandomStream random, int t, int first, double lambda) {
        return Draws.poisson(random.uniform(t, first), lambda);
    }

    /** The total size of {@code n} events of this month. */
    public static double total(RandomStream random, int t, int first, long n, double mean, double sigma) {
        if (n == 0 || mean == 0) {
            return 0;
        }
        if (sigma == 0) {
            return n * mean;
        }
        long sized = Math.min(n, MAX_SIZED);
        double sum = 0;
        for (int i = 0; i < sized; i++) {
            sum += lognormal(mean, sigma, random.gaussian(t, first + 1 + i));
        }
        return sum + (n - sized) * mean;
    }

    /** A lognormal with mean {@code mean} and log-sd {@code sigma}, at standard normal z. */
    public static double lognormal(double mean, double sigma, double z) {
        return mean * Math.exp(sigma * z - 0.5 * sigma * sigma);
    }
}
