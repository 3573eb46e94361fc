package dev.scalesim.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.kernel.RandomStream;
import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import org.junit.jupiter.api.Test;

/**
 * Rare heavy-tailed events against the compound Poisson closed forms. Statistical checks allow
 * 4.5 standard errors (false-alarm odds below 1 in 100,000 each; seeds are fixed).
 */
class RareEventsTest {
    @Test
    void annualCountAndLossMatchTheCompoundPoissonClosedForm() {
        // GDPR-like: about two a year averaging EUR 1.76M, heavy-tailed sizes.
        double perYear = 2;
        double mean = 1.76e6;
        double sigma = 1.5;
        int years = 60_000;
        RandomStream random = new RandomStream(11, "privacy_fine");
        double countSum = 0;
        double countSq = 0;
        double lossSum = 0;
        for (int y = 0; y < years; y++) {
            random.trial(y);
            long count = 0;
            double loss = 0;
            for (int t = 1; t <= 12; t++) {
                long n = CompoundPoisson.count(random, t, 0, perYear / 12);
                count += n;
                loss += CompoundPoisson.total(random, t, 0, n, mean, sigma);
            }
            countSum += count;
            countSq += (double) count * count;
            lossSum += loss;
        }
        double countMean = countSum / years;
        double countVariance = (countSq - years * countMean * countMean) / (years - 1);
        assertEquals(perYear, countMean, 4.5 * Math.sqrt(perYear / years), "events a year");
        // Var of a Poisson sample variance ~ (mu4 - sigma^4)/n = (lambda + 2 lambda^2)/n
        assertEquals(perYear, countVariance, 4.5 * Math.sqrt((perYear + 2 * perYear * perYear) / years),
                "variance of events a year");
        double lossSe = Math.sqrt(perYear * mean * mean * Math.exp(sigma * sigma) / years);
        assertEquals(perYear * mean, lossSum / years, 4.5 * lossSe, "loss a year");
    }

    @Test
    void lossesAreBookedAndShocksCutAcquisition() {
        double perYear = 6;
        double hit = 0.5;
        int window = 3;
        Results r = MechanismHarness.of(new RareEvents("lawsuit", "lawsuits", false), new Acquisition(), new CohortBook())
                .set("lawsuit_per_year", perYear).set("lawsuit_mean_loss", 250_000).set("lawsuit_loss_spread", 1)
                .set("lawsuit_acquisition_hit", hit).set("lawsuit_impact_months", window)
                .set("organic_customers", 400).trials(20_000).results();
        for (int t = 1; t <= 12; t++) {
            assertEquals(-MechanismHarness.mean(r, "lawsuit_losses", t), MechanismHarness.mean(r, "ebitda", t), 1e-6,
                    "losses are opex");
        }
        assertEquals(perYear / 12 * 250_000, MechanismHarness.mean(r, "lawsuit_losses", 6),
                4.5 * MechanismHarness.se(r, "lawsuit_losses", 6));
        // Events weighing at t >= window are Poisson(perYear/12 * window): E[(1 - hit)^A] = exp(-mean * hit).
        double expected = 400 * Math.exp(-perYear / 12 * window * hit);
        assertEquals(expected, MechanismHarness.mean(r, "new_customers", 6), 4.5 * MechanismHarness.se(r, "new_customers", 6));
    }

    @Test
    void fraudLossesCanBeCogs() {
        Results r = MechanismHarness.of(new RareEvents("fraud", "fraud incidents", true))
                .set("fraud_per_year", 12).set("fraud_mean_loss", 1_000).trials(2_000).results();
        assertEquals(MechanismHarness.mean(r, "fraud_losses", 3), MechanismHarness.mean(r, "cogs", 3), 1e-9);
        assertEquals(1_000, MechanismHarness.mean(r, "fraud_losses", 3), 4.5 * MechanismHarness.se(r, "fraud_losses", 3));
    }
}
