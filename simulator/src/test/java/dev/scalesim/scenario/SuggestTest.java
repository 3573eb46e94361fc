package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** "Did you mean": the nearest id within a third of the word's length (at least two edits). */
class SuggestTest {
    private static final List<String> IDS = List.of("monthly_churn", "early_churn", "price", "cac", "cac_growth");

    @Test
    void nearestWithinReach() {
        assertEquals("monthly_churn", Suggest.nearest("monthly_chrun", IDS));
        assertEquals("monthly_churn", Suggest.nearest("MONTHLY_CHURN", IDS), "case does not count");
        assertEquals("price", Suggest.nearest("prise", IDS));
        assertEquals("cac", Suggest.nearest("cca", IDS), "two edits are always allowed");
        assertNull(Suggest.nearest("revenue", IDS));
        assertNull(Suggest.nearest("x", List.of()));
        assertEquals("; did you mean 'price'?", Suggest.didYouMean("prize", IDS));
        assertEquals("", Suggest.didYouMean("zzzzzzzz", IDS));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirst() {
        assertEquals("cab", Suggest.nearest("caa", List.of("cac", "cab")));
    }

    @Test
    void editDistanceIsLevenshtein() {
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        assertEquals(3, Suggest.distance("saturday", "sunday"), "insertions and a substitution");
        assertEquals(0, Suggest.distance("price", "price"));
        assertEquals(5, Suggest.distance("", "price"));
        assertEquals(5, Suggest.distance("price", ""));
        assertEquals(2, Suggest.distance("cac", "cca"), "a transposition is two edits");
        assertEquals(Suggest.distance("flaw", "lawn"), Suggest.distance("lawn", "flaw"), "symmetric");
    }

    /**
     * Candidates whose length alone puts them out of reach are skipped before the edit distance:
     * the answer is the full scan's on random words near and far from the ids, and a hostile
     * 12,000-character cell gets no suggestion.
     */
    @Test
    void skippingCandidatesOutOfReachByLengthChangesNoAnswer() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>(IDS);
        ids.addAll(List.of("a", "ab", "seats_per_account", "free_to_paid_conversion", "uses_per_customer"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder word = new StringBuilder(ids.get(random.nextInt(ids.size())));
            for (int e = random.nextInt(12); e > 0; e--) {
                int at = random.nextInt(word.length() + 1);
                char x = (char) ('a' + random.nextInt(26));
                if (random.nextBoolean() || word.length() == 0) {
                    word.insert(at, x);
                } else {
                    word.deleteCharAt(Math.min(at, word.length() - 1));
                }
            }
            String w = word.toString();
            assertEquals(fullScan(w, ids), Suggest.nearest(w, ids), w);
        }
        assertNull(Suggest.nearest("x".repeat(12_000), ids));
    }

    /** The rule without the length filter: every candidate's distance, ties alphabetical. */
    private static String fullScan(String word, List<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = Suggest.distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, w.length() / 3) ? best : null;
    }
}
