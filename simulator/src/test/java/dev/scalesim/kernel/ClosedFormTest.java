package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.support.Scenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort kernel against a closed form. With every challenge and solution off, a $100k
 * budget at $1,000 CAC and nothing else acquiring, new customers are Poisson(100) each month;
 * each survives a month with probability 0.95, independently. A thinned Poisson is Poisson, so
 * the customers at the end of month m are exactly Poisson with mean
 * {@code mu_m = 100 (1 - 0.95^m) / 0.05} (the cohort of month c has had m - c churn draws).
 *
 * <p>Means are checked within 4.5 standard errors (SE = sqrt(mu_m / n)) and variances within
 * 4.5 standard errors of a sample variance (sqrt((mu + 2 mu^2) / n) for a Poisson): each check
 * has two-sided false-alarm odds of 6.8e-6, the eight together below 6e-5. The seed is fixed,
 * so the outcome is deterministic; the odds say how unlucky a seed would have to be.
 * (Arrivals above the kernel's exact threshold use a Cornish-Fisher draw whose mean is exact and
 * whose variance is larger by about 0.14, a tenth of the variance tolerance.)
 */
class ClosedFormTest {
    private static final int TRIALS = 20_000;
    private static final int MONTHS = 24;
    private static final double Z = 4.5;
    private static Results results;
    private static int customers;
    private static int mrr;
    private static int arpu;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        Scenario s = Scenarios.plainBook(dir, "closed-form", MONTHS, TRIALS, 2024, "5%");
        assertEquals(1, s.simulation().arms().size(), "solutions=none leaves the baseline only");
        results = Engine.run(s.simulation(), 2);
        customers = results.monthlyIndex("customers");
        mrr = results.monthlyIndex("mrr");
        arpu = results.monthlyIndex("arpu");
    }

    private static double mu(int m) {
        return 100 * (1 - Math.pow(0.95, m)) / 0.05;
    }

    /**
     * Power: the tolerance at month 1 is 0.3 customers, so a kernel that churned customers in
     * the month they arrived (95 at month 1) or billed them a month late (0) would fail.
     */
    @Test
    void meanCustomersFollowTheClosedForm() {
        for (int m : new int[] {1, 6, 12, 24}) {
            double se = Math.sqrt(mu(m) / TRIALS);
            assertEquals(mu(m), results.monthlyMean(0, customers, m), Z * se, "mean customers at month " + m);
            assertEquals(TRIALS, results.monthlyCount(0, customers, m));
        }
    }

    @Test
    void customersArePoissonSoTheirVarianceIsTheirMean() {
        for (int m : new int[] {1, 6, 12, 24}) {
            double variance = Math.pow(results.monthlySd(0, customers, m), 2);
            double se = Math.sqrt((mu(m) + 2 * mu(m) * mu(m)) / TRIALS);
            assertEquals(mu(m), variance, Z * se, "variance of customers at month " + m);
        }
    }

    @Test
    void mrrIsPriceTimesCustomers() {
        // With no expansion every trial's MRR is 100 x customers (up to rounding in the cohort
        // units), so the means agree to rounding, not to a standard error.
        for (int m = 1; m <= MONTHS; m++) {
            double expected = 100 * results.monthlyMean(0, customers, m);
            assertEquals(expected, results.monthlyMean(0, mrr, m), 1e-9 * expected, "mean MRR at month " + m);
            assertEquals(100, results.monthlyMean(0, arpu, m), 1e-9, "ARPU at month " + m);
        }
        assertEquals(12 * results.monthlyMean(0, mrr, MONTHS), results.outcomeMean(0, Outcomes.ARR_END),
                1e-9 * results.outcomeMean(0, Outcomes.ARR_END), "ARR = 12 x MRR of the last month");
        assertEquals(results.monthlyMean(0, customers, MONTHS), results.outcomeMean(0, Outcomes.CUSTOMERS_END),
                1e-12 * mu(MONTHS));
    }
}
