package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * Random numbers addressed by (seed, source, trial, month, slot). The uniformity checks are
 * chi-square tests on 100 equal bins at alpha = 1e-6 each; five of them give a false-alarm
 * odds below 5e-6 for a new seed (the seeds here are fixed, so the outcome is deterministic).
 */
class RandomStreamTest {
    private static final int BINS = 100;
    private static final double ALPHA = 1e-6;

    private static RandomStream at(long seed, String source, long trial) {
        RandomStream s = new RandomStream(seed, source);
        s.trial(trial);
        return s;
    }

    @Test
    void theSameAddressGivesTheSameValue() {
        RandomStream a = at(42, "cohorts", 7);
        RandomStream b = at(42, "cohorts", 7);
        for (int month = 0; month < 40; month++) {
            for (int slot = 0; slot < 300; slot += 7) {
                assertEquals(a.bits(month, slot), b.bits(month, slot));
                assertEquals(a.uniform(month, slot), b.uniform(month, slot));
                assertEquals(a.gaussian(month, slot), b.gaussian(month, slot));
            }
        }
        // Reading in another order, or re-reading, changes nothing: values are addressed, not consumed.
        double first = a.uniform(3, 5);
        a.uniform(9, 9);
        a.trial(8);
        a.uniform(3, 5);
        a.trial(7);
        assertEquals(first, a.uniform(3, 5));
    }

    @Test
    void everyPartOfTheAddressChangesTheValue() {
        long base = at(42, "cohorts", 7).bits(3, 5);
        assertNotEquals(base, at(43, "cohorts", 7).bits(3, 5), "seed");
        assertNotEquals(base, at(42, "acquisition", 7).bits(3, 5), "source");
        assertNotEquals(base, at(42, "cohorts", 8).bits(3, 5), "trial");
        assertNotEquals(base, at(42, "cohorts", 7).bits(4, 5), "month");
        assertNotEquals(base, at(42, "cohorts", 7).bits(3, 6), "slot");
        // No collisions over a block of addresses and several sources.
        Set<Long> seen = new HashSet<>();
        for (String source : new String[] {"input:price", "input:cac", "cohorts", "acquisition", "freemium"}) {
            for (long trial = 0; trial < 20; trial++) {
                RandomStream s = at(1, source, trial);
                for (int month = 0; month <= 36; month++) {
                    for (int slot = 0; slot < 20; slot++) {
                        assertTrue(seen.add(s.bits(month, slot)), source + " " + trial + " " + month + " " + slot);
                    }
                }
            }
        }
    }

    @Test
    void sourcesAreKeptApartEvenWhenTheirNamesAreClose() {
        // Streams of similar names must not be shifted copies of each other.
        RandomStream a = at(1, "input:a", 0);
        RandomStream b = at(1, "input:b", 0);
        for (int offset = -64; offset <= 64; offset++) {
            int matches = 0;
            for (int slot = 100; slot < 200; slot++) {
                if (a.bits(0, slot) == b.bits(0, slot + offset)) {
                    matches++;
                }
            }
            assertEquals(0, matches, "offset " + offset);
        }
    }

    /** Chi-square statistic of n values in BINS equal bins, asserted below the 1 - ALPHA quantile. */
    private static void assertUniform(String what, int n, IntToDoubleFunction value) {
        long[] counts = new long[BINS];
        for (int i = 0; i < n; i++) {
            double u = value.applyAsDouble(i);
            assertTrue(u > 0 && u < 1, what + ": " + u + " outside (0, 1)");
            counts[(int) (u * BINS)]++;
        }
        double expected = (double) n / BINS;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        double critical = new ChiSquaredDistribution(null, BINS - 1).inverseCumulativeProbability(1 - ALPHA);
        assertTrue(chi2 < critical, what + ": chi-square " + chi2 + " >= " + critical);
    }

    @Test
    void uniformAlongEveryAxisOfTheAddress() {
        int n = 200_000;
        RandomStream s = new RandomStream(5, "cohorts");
        assertUniform("along slots", n, i -> {
            s.trial(i / RandomStream.SLOTS);
            return s.uniform(1, i % RandomStream.SLOTS);
        });
        assertUniform("along months", n, i -> {
            s.trial(i / 200);
            return s.uniform(i % 200, 3);
        });
        RandomStream t = new RandomStream(5, "acquisition");
        assertUniform("along trials", n, i -> {
            t.trial(i);
            return t.uniform(12, 64);
        });
        assertUniform("along seeds", 20_000, i -> at(i, "input:price", 0).uniform(0, 0));
        // Pairs of neighbouring trials, in 10 x 10 cells: no serial dependence between trials.
        assertUniform("neighbouring trials as pairs", n, i -> {
            t.trial(2L * i);
            double a = t.uniform(1, 0);
            t.trial(2L * i + 1);
            double b = t.uniform(1, 0);
            return (Math.floor(a * 10) * 10 + Math.floor(b * 10) + 0.5) / BINS;
        });
    }

    @Test
    void cursorYieldsConsecutiveSlots() {
        RandomStream s = at(9, "freemium", 123);
        RandomStream.Cursor c = s.cursor();
        c.at(4, 10);
        for (int slot = 10; slot < 30; slot++) {
            assertEquals(s.bits(4, slot), c.nextLong(), "slot " + slot);
        }
        c.at(4, 10);
        assertEquals(s.uniform(4, 10), c.nextOpenUnit());
        // Repositioning replays; the cursor follows the stream's current trial.
        c.at(0, 0);
        long first = c.nextLong();
        c.at(0, 0);
        assertEquals(first, c.nextLong());
        s.trial(124);
        assertEquals(s.bits(0, 0), c.at(0, 0).nextLong());
        assertNotEquals(first, s.bits(0, 0));
    }

    @Test
    void trialsOutsideTheAddressSpaceAreRefused() {
        RandomStream s = new RandomStream(1, "x");
        assertEquals("trial must be in [0, 2^32), got -1",
                assertThrows(IllegalArgumentException.class, () -> s.trial(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.trial(1L << 32));
        s.trial((1L << 32) - 1);
        assertEquals("x", s.source());
    }
}
