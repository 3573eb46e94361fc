package dev.scalesim.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Draws;
import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/**
 * The token walk against Merton's closed form. Statistical checks allow 4.5 standard errors:
 * each has false-alarm odds below 1 in 100,000 (seeds are fixed, so a pass is reproducible).
 */
class PriceWalkTest {
    private static final double MU = Math.log(1 - 0.2);
    private static final double SIGMA = 0.9;
    private static final double LAMBDA = 3;
    private static final double JUMP_MEAN = Math.log(1 - 0.15);
    private static final double JUMP_SD = 0.3;

    @Test
    void logPriceHasTheClosedFormMeanAndVariance() {
        int paths = 40_000;
        int[] checkpoints = {1, 12, 36};
        double[][] x = new double[checkpoints.length][paths];
        RandomStream random = new RandomStream(7, "token_price");
        for (int i = 0; i < paths; i++) {
            random.trial(i);
            double logPrice = 0;
            int c = 0;
            for (int t = 1; t <= 36; t++) {
                // the same draws, in the same slots, as PriceWalk.month
                long n = Draws.poisson(random.uniform(t, 1), JumpDiffusion.jumpsPerMonth(LAMBDA));
                logPrice += JumpDiffusion.step(MU, SIGMA, LAMBDA, JUMP_MEAN, JUMP_SD, random.gaussian(t, 0), n,
                        random.gaussian(t, 2));
                if (t == checkpoints[c]) {
                    x[c++][i] = logPrice;
                }
            }
        }
        for (int c = 0; c < checkpoints.length; c++) {
            int t = checkpoints[c];
            double mean = 0;
            for (double v : x[c]) {
                mean += v;
            }
            mean /= paths;
            double m2 = 0;
            double m4 = 0;
            for (double v : x[c]) {
                double d = (v - mean) * (v - mean);
                m2 += d;
                m4 += d * d;
            }
            double variance = m2 / (paths - 1);
            m4 /= paths;
            double expectedMean = JumpDiffusion.meanLog(t, MU, SIGMA, LAMBDA, JUMP_MEAN, JUMP_SD);
            double expectedVariance = JumpDiffusion.varianceLog(t, SIGMA, LAMBDA, JUMP_MEAN, JUMP_SD);
            double meanSe = Math.sqrt(variance / paths);
            double varianceSe = Math.sqrt((m4 - variance * variance) / paths);
            assertEquals(expectedMean, mean, 4.5 * meanSe, "mean of log price at month " + t);
            assertEquals(expectedVariance, variance, 4.5 * varianceSe, "variance of log price at month " + t);
        }
    }

    @Test
    void closedFormIsMertonsFormula() {
        // 24 months of sigma 0.5, 2 jumps/year of mean -0.1, sd 0.2: by hand
        double k = Math.exp(-0.1 + 0.02) - 1;
        assertEquals(2 * (0.05 - 0.125 - 2 * k + 2 * -0.1), JumpDiffusion.meanLog(24, 0.05, 0.5, 2, -0.1, 0.2), 1e-12);
        assertEquals(2 * (0.25 + 2 * (0.01 + 0.04)), JumpDiffusion.varianceLog(24, 0.5, 2, -0.1, 0.2), 1e-12);
    }

    @Test
    void expectedPriceFollowsTheTrendWhateverTheVolatility() {
        double trend = -0.25;
        Results r = MechanismHarness.of(new PriceWalk("token_price", "the token"))
                .set("token_price", 2).set("token_price_trend", trend).set("token_price_volatility", 0.5)
                .set("token_price_jumps", 2).set("token_price_jump_size", -0.1).set("token_price_jump_sd", 0.2)
                .months(12).trials(40_000).results();
        for (int t : new int[] {3, 12}) {
            double expected = 2 * Math.pow(1 + trend, t / 12.0);
            assertEquals(expected, MechanismHarness.mean(r, "token_price", t), 4.5 * MechanismHarness.se(r, "token_price", t),
                    "E[P(" + t + ")]");
        }
    }

    @Test
    void withoutVolatilityThePriceIsTheTrend() {
        Results r = MechanismHarness.of(new PriceWalk("gpu_hour_price", "a GPU-hour"))
                .set("gpu_hour_price", 2.5).set("gpu_hour_price_trend", -0.3).months(24).trials(10).results();
        for (int t = 1; t <= 24; t++) {
            assertEquals(2.5 * Math.pow(0.7, t / 12.0), MechanismHarness.mean(r, "gpu_hour_price", t), 1e-12);
        }
        assertTrue(MechanismHarness.mean(r, "gpu_hour_price", 24) < 2.5 * 0.5);
    }
}
