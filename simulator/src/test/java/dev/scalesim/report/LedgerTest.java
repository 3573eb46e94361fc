package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Results;
import dev.scalesim.support.MechanismHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
    /** A business whose every month is known: 5 customers, 100 uses, revenue 10 + t, COGS 20. */
    private static Results known(int months) {
        return MechanismHarness.of(MechanismHarness.act("books", m -> {
            m.customers[0] = 5;
            m.uses = 100;
            m.recurringRevenue = 10 + m.t;
            m.cogs = 20;
        })).run(months, 3, 1).results();
    }

    @Test
    void perUseAndPerCustomerMonthAreRatiosOfTheTotals() {
        List<Ledger.Line> lines = Ledger.lines(known(24));
        assertEquals(2, lines.size(), "the horizon and its last year");
        Ledger.Line all = lines.get(0);
        assertEquals(Ledger.HORIZON, all.period());
        double revenue = 24 * 10 + 24 * 25 / 2.0;
        assertEquals(2_400, all.uses(), 1e-9);
        assertEquals(120, all.customerMonths(), 1e-9);
        assertEquals(revenue, all.revenue(), 1e-9);
        assertEquals(revenue / 2_400, all.revenuePerUse(), 1e-12);
        assertEquals(480.0 / 2_400, all.cogsPerUse(), 1e-12);
        // revenue per use 0.1 + t/100 averages 0.225 > 0.2 over the horizon
        assertFalse(all.losesMoneyPerUse());
        Ledger.Line lastYear = lines.get(1);
        assertEquals(Ledger.LAST_YEAR, lastYear.period());
        assertEquals(1_200, lastYear.uses(), 1e-9);
        double lateRevenue = 0;
        for (int t = 13; t <= 24; t++) {
            lateRevenue += 10 + t;
        }
        assertEquals(lateRevenue, lastYear.revenue(), 1e-9);
    }

    @Test
    void aModelThatLosesMoneyOnEveryUseIsFlagged(@TempDir Path dir) throws Exception {
        Results r = known(6);
        // revenue per use (10 + t) / 100 is at most 0.16 against 0.2 of COGS
        List<Ledger.Line> lines = Ledger.lines(r);
        assertEquals(1, lines.size(), "no last-year line within a year");
        assertTrue(lines.get(0).losesMoneyPerUse());
        List<String> warnings = Ledger.warnings(r);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("arm baseline") && warnings.get(0).contains("exceeds"), warnings.get(0));
        assertEquals("1 arm loses money on every use over the horizon (baseline; COGS per use above revenue per use, "
                + "see ledger.csv)", Ledger.summary(r));
        Path file = dir.resolve("ledger.csv");
        Ledger.write(r, file);
        List<String> csv = Files.readAllLines(file);
        assertEquals("scenario,arm,period,uses,customer_months,revenue,cogs,revenue_per_use,cogs_per_use,"
                + "gross_profit_per_use,revenue_per_customer_month,cogs_per_customer_month,uses_per_customer_month,"
                + "cost_exceeds_revenue_per_use", csv.get(0));
        assertEquals("test,baseline,horizon,600,30,81,120,0.135,0.2,-0.065,2.7,4,20,true", csv.get(1));
    }
}
