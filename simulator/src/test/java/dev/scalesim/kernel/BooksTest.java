package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.support.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Billing and cash against the accounting identities and closed forms. The business of {@link
 * ClosedFormTest} (Poisson(100) new customers a month at $100, nothing else acquiring), with no
 * churn: under annual upfront billing a customer in month k of its year has 11 - k months
 * invoiced and unearned, so with E[arrivals] = 100 every month the expected deferred revenue at
 * month t is {@code 100 x $100 x sum over c <= t of (11 - (t - c) mod 12)}: 660,000 at month
 * 12. Means are checked within 4.5 standard errors (two-sided false-alarm odds 6.8e-6 each);
 * identities hold trial by trial, so their means agree to rounding.
 */
class BooksTest {
    private static final int TRIALS = 2_000;
    private static final int MONTHS = 24;

    private static Results run(Path dir, String billing, String paymentDays, String churn) throws Exception {
        Files.createDirectories(dir);
        Scenario s = Scenarios.plainBook(dir, "books", MONTHS, TRIALS, 11, churn,
                "billing", billing, "payment_days", paymentDays);
        return Engine.run(s.simulation(), 2);
    }

    private static double mean(Results r, String metric, int t) {
        return r.monthlyMean(0, r.monthlyIndex(metric), t);
    }

    private static double sum(Results r, String metric) {
        double total = 0;
        for (int t = 1; t <= MONTHS; t++) {
            total += mean(r, metric, t);
        }
        return total;
    }

    /** cash(t) - cash(t-1) = collections - COGS - opex (no capex, no financing in this model). */
    private static void assertCashIdentity(Results r) {
        double cashBefore = r.simulation().params().stream().filter(p -> p.id().equals("starting_cash"))
                .findFirst().orElseThrow().value().mean();
        for (int t = 1; t <= MONTHS; t++) {
            double change = mean(r, "cash", t) - cashBefore;
            double flows = mean(r, "collections", t) - mean(r, "cogs", t) - mean(r, "opex", t);
            assertEquals(flows, change, 1e-6 * Math.abs(cashBefore), "cash identity at month " + t);
            cashBefore = mean(r, "cash", t);
        }
        double tolerance = 1e-9 * sum(r, "revenue");
        assertEquals(mean(r, "deferred_revenue", MONTHS), sum(r, "billings") - sum(r, "revenue"), tolerance,
                "sum of billings - sum of revenue = deferred revenue at the end");
        assertEquals(mean(r, "receivables", MONTHS), sum(r, "billings") - sum(r, "collections"), tolerance,
                "sum of billings - sum of collections = receivables at the end");
    }

    @Test
    void annualUpfrontDefersElevenTwelfthsOfEachYear(@TempDir Path dir) throws Exception {
        Results r = run(dir, "annual", "0", "0");
        assertCashIdentity(r);
        for (int t : new int[] {1, 6, 12, 13, 24}) {
            double months = 0;
            for (int c = 1; c <= t; c++) {
                months += 11 - (t - c) % 12;
            }
            double expected = 100 * 100 * months;
            double sd = r.monthlySd(0, r.monthlyIndex("deferred_revenue"), t);
            assertEquals(expected, mean(r, "deferred_revenue", t), 4.5 * sd / Math.sqrt(TRIALS) + 1e-9,
                    "deferred revenue at month " + t);
        }
        // Month 1 invoices the whole first year of month 1's customers: 12 x its revenue.
        assertEquals(12 * mean(r, "revenue", 1), mean(r, "billings", 1), 1e-6 * mean(r, "billings", 1));
    }

    @Test
    void arrearsAndPaymentDelaysKeepTheIdentities(@TempDir Path dir) throws Exception {
        Results arrears = run(dir.resolve("a"), "annual-arrears", "45", "3%");
        assertCashIdentity(arrears);
        // Earned, not yet invoiced: deferred revenue is negative.
        assertEquals(-1, Math.signum(mean(arrears, "deferred_revenue", 6)), 0);
        Results monthly = run(dir.resolve("m"), "monthly", "0", "3%");
        assertCashIdentity(monthly);
        for (int t = 1; t <= MONTHS; t++) {
            assertEquals(mean(monthly, "revenue", t), mean(monthly, "collections", t), 1e-9 * mean(monthly, "revenue", t),
                    "monthly billing, paid at once: collections are revenue");
        }
    }

    /**
     * 45.65625 days is 1.5 months: each bill is collected half one month later and half two
     * months later, so receivables are this month's bill plus half of last month's, exactly.
     */
    @Test
    void paymentDaysDelayCollections(@TempDir Path dir) throws Exception {
        Results r = run(dir, "monthly", "45.65625", "3%");
        assertCashIdentity(r);
        for (int t = 2; t <= MONTHS; t++) {
            double expected = mean(r, "billings", t) + 0.5 * mean(r, "billings", t - 1);
            assertEquals(expected, mean(r, "receivables", t), 1e-9 * expected, "receivables at month " + t);
        }
        assertEquals(0, mean(r, "collections", 1), 0, "nothing collected in the first month");
    }
}
