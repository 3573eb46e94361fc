package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Table numbers: plain notation, '.' in every locale, blank for undefined. */
@Isolated
class NumbersTest {
    @Test
    void exactStatisticsKeepTenSignificantDigits() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertEquals("", Numbers.format(Double.NaN));
            assertEquals("inf", Numbers.format(Double.POSITIVE_INFINITY));
            assertEquals("-inf", Numbers.format(Double.NEGATIVE_INFINITY));
            assertEquals("0", Numbers.format(0.0));
            assertEquals("0", Numbers.format(-0.0));
            assertEquals("1700", Numbers.format(1700));
            assertEquals("-250000", Numbers.format(-250_000));
            assertEquals("0.3333333333", Numbers.format(1.0 / 3));
            assertEquals("-1234567.891", Numbers.format(-1234567.8912345));
            assertEquals("0.00000123456789", Numbers.format(1.23456789e-6));
            assertEquals("12345678900000000000", Numbers.format(1.2345678901234567e19));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void sketchQuantilesKeepFourSignificantDigits() {
        assertEquals("1191", Numbers.quantile(1190.7));
        assertEquals("1190", Numbers.quantile(1190.5), "half to even");
        assertEquals("-0.01235", Numbers.quantile(-0.0123456));
        assertEquals("1235000", Numbers.quantile(1234567));
        assertEquals("0", Numbers.quantile(0));
        assertEquals("", Numbers.quantile(Double.NaN));
    }
}
