package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
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
}
