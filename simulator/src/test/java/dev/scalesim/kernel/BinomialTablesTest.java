package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.scalesim.stats.Gaussian;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The worker's shared tables: one per (group, p) while in use, draws unchanged by sharing or eviction. */
class BinomialTablesTest {
    @Test
    void theSameProbabilityInAGroupGivesTheSameTableAndGroupsAreSeparate() {
        BinomialTables tables = new BinomialTables(2);
        BinomialTable a = tables.table(0, 0.03);
        assertSame(a, tables.table(0, 0.03));
        assertEquals(0.03, a.probability());
        BinomialTable b = tables.table(1, 0.03);
        assertNotSame(a, b, "another segment has its own table");
        assertNotSame(a, tables.table(0, 0.05));
        assertSame(a, tables.table(0, 0.03), "still kept: fewer probabilities than ways");
    }

    @Test
    void theLeastRecentlyUsedTableIsReusedAndDrawsStayExact() {
        BinomialTables tables = new BinomialTables(1);
        BinomialTable kept = tables.table(0, 0.5);
        SplittableRandom random = new SplittableRandom(2);
        // Cycle through many more probabilities than ways, touching 0.5 in between so it stays.
        for (int round = 0; round < 2_000; round++) {
            double p = 0.001 * (1 + random.nextInt(200));
            BinomialTable t = tables.table(0, p);
            assertEquals(p, t.probability());
            for (int i = 0; i < 5; i++) {
                double u = Gaussian.openUnit(random.nextLong());
                long n = 1 + random.nextInt(2_500);
                assertEquals(Draws.binomial(u, n, p), t.draw(u, n));
            }
            assertSame(kept, tables.table(0, 0.5));
        }
    }
}
