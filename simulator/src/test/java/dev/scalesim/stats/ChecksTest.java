package dev.scalesim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.parallel.Isolated;

/** Messages of value records name the field and the bad value, in plain locale-free numbers. */
@Isolated
class ChecksTest {
    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void messagesNameTheFieldAndValue() {
        assertEquals("x must be a finite number, got NaN", message(() -> Checks.finite("x", Double.NaN)));
        assertEquals("x must be > 0, got -0.5", message(() -> Checks.positive("x", -0.5)));
        assertEquals("n must be > 0, got 0", message(() -> Checks.positive("n", 0)));
        assertEquals("x must be >= 0, got -1", message(() -> Checks.nonNegative("x", -1)));
        assertEquals("low must be <= high, got 2 > 1", message(() -> Checks.ordered("low", 2, "high", 1)));
        assertEquals("low must be < high, got 1 and 1", message(() -> Checks.strictlyOrdered("low", 1, "high", 1)));
        assertEquals("v must not be null", message(() -> Checks.notNull("v", null)));
        assertEquals("s must not be blank", message(() -> Checks.notBlank("s", " ")));
        assertEquals(3.0, Checks.nonNegative("x", 3));
    }

    @Test
    void formatIsShortPlainAndLocaleFree() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.05", Checks.format(0.05));
            assertEquals("1200000", Checks.format(1.2e6));
            assertEquals("-0.1", Checks.format(-0.1));
            assertEquals("0.333333333333", Checks.format(1.0 / 3));
            assertEquals("0.0000001", Checks.format(1e-7));
            assertEquals("100000000000000000000", Checks.format(1e20));
            assertEquals("Infinity", Checks.format(Double.POSITIVE_INFINITY));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formatUsesAnExponentOnlyFarOutsideBusinessQuantities() {
        // a message about a cell of 1e-300 must not spell out 300 zeros
        assertEquals("1e-300", Checks.format(1e-300));
        assertEquals("-2.5e-12", Checks.format(-2.5e-12));
        assertEquals("0.000000001", Checks.format(1e-9));
        assertEquals("1e21", Checks.format(1e21));
        assertEquals("1.23456789012e300", Checks.format(1.234567890123e300));
        assertEquals(1e-300, Double.parseDouble(Checks.format(1e-300)), "the text reads back as the number");
    }
}
