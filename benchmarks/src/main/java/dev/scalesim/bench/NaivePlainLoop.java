package dev.scalesim.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The plain cohort model ({@code bench/peers/plain.csv}) as the obvious hand-written Java
 * loop: customers by cohort, each month a binomial churn draw per cohort by inversion from a
 * table of {@code (1 - p)^n}, then Poisson(100) arrivals by inversion; every trial's monthly
 * customers kept and sorted at the end for the monthly P5 / P50 / P95. A peer for
 * {@code bench/peers.sh}, not part of scalesim.
 *
 * <pre>java -cp benchmarks.jar dev.scalesim.bench.NaivePlainLoop [trials]</pre>
 */
public final class NaivePlainLoop {
    static final int MONTHS = 120;
    static final double ARRIVALS = 100;
    static final double CHURN = 0.05;
    /** Largest cohort the (1 - p)^n table covers; Poisson(100) arrivals stay far below it. */
    static final int MAX_COHORT = 1_000;

    private NaivePlainLoop() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        long start = System.nanoTime();
        long[][] customers = simulate(trials, 1);
        double[][] percentiles = percentiles(customers);
        double seconds = (System.nanoTime() - start) / 1e9;
        double sum = 0;
        double squares = 0;
        for (long[] trial : customers) {
            sum += trial[MONTHS - 1];
            squares += (double) trial[MONTHS - 1] * trial[MONTHS - 1];
        }
        double mean = sum / trials;
        double sd = Math.sqrt((squares - trials * mean * mean) / (trials - 1));
        System.out.printf("java-loop %d trials %.2f s mean %.2f sd %.2f (month-120 P50 %.0f)%n", trials, seconds,
                mean, sd, percentiles[MONTHS - 1][1]);
    }

    /** Customers at the end of each month, by trial. */
    static long[][] simulate(int trials, long seed) {
        double[] none = new double[MAX_COHORT + 1];
        for (int n = 0; n <= MAX_COHORT; n++) {
            none[n] = Math.pow(1 - CHURN, n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[][] customers = new long[trials][MONTHS];
        long[] cohort = new long[MONTHS + 1];
        double ratio = CHURN / (1 - CHURN);
        double noArrival = Math.exp(-ARRIVALS);
        for (int trial = 0; trial < trials; trial++) {
            Arrays.fill(cohort, 0);
            for (int t = 1; t <= MONTHS; t++) {
                long alive = 0;
                for (int c = 1; c < t; c++) {
                    long n = cohort[c];
                    if (n == 0) {
                        continue;
                    }
                    double u = random.nextDouble();
                    double pmf = none[(int) n];
                    double cdf = pmf;
                    long k = 0;
                    while (u > cdf && k < n) {
                        pmf *= ratio * (n - k) / (k + 1);
                        cdf += pmf;
                        k++;
                    }
                    cohort[c] = n - k;
                    alive += n - k;
                }
                double u = random.nextDouble();
                double pmf = noArrival;
                double cdf = pmf;
                long k = 0;
                while (u > cdf) {
                    k++;
                    pmf *= ARRIVALS / k;
                    cdf += pmf;
                }
                cohort[t] = k;
                customers[trial][t - 1] = alive + k;
            }
        }
        return customers;
    }

    /** P5, P50 and P95 of customers in each month (nearest rank on the sorted trials). */
    static double[][] percentiles(long[][] customers) {
        int trials = customers.length;
        double[][] out = new double[MONTHS][3];
        long[] month = new long[trials];
        for (int t = 0; t < MONTHS; t++) {
            for (int i = 0; i < trials; i++) {
                month[i] = customers[i][t];
            }
            Arrays.sort(month);
            out[t][0] = month[(int) (0.05 * (trials - 1))];
            out[t][1] = month[(int) (0.50 * (trials - 1))];
            out[t][2] = month[(int) (0.95 * (trials - 1))];
        }
        return out;
    }
}
