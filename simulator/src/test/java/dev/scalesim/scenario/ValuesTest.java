package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Numbers as the README writes them, and what is refused with which message. */
class ValuesTest {
    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource(delimiter = '|', value = {
        "0.05 | 0.05",
        "5% | 0.05",
        "-2% | -0.02",
        "0.5% | 0.005",
        "50k | 50000",
        "50K | 50000",
        "1.2M | 1200000",
        "1.2m | 1200000",
        "3bn | 3000000000",
        "3B | 3000000000",
        "$1,200 | 1200",
        "$1,200,000 | 1200000",
        "1,234.5 | 1234.5",
        "-$300 | -300",
        "$-300 | -300",
        "+7 | 7",
        "1e6 | 1000000",
        "2.5E-3 | 0.0025",
        ".5 | 0.5",
        "$.5 | 0.5",
        "'  42  ' | 42",
        "10 % | 0.1",
        "$60k | 60000",
        "0 | 0",
        "12 | 12"})
    void readmeNumberFormats(String text, double expected) {
        assertEquals(expected, Values.number(text), 1e-12 * Math.abs(expected));
    }

    private static String rejection(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Values.number(text)).getMessage();
    }

    @Test
    void aDecimalCommaIsRefusedWithAHint() {
        assertEquals("expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got '1,2' (use '.' as the decimal "
                + "separator)", rejection("1,2"));
        assertEquals("expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got '0,05' (use '.' as the decimal "
                + "separator)", rejection("0,05"));
    }

    @Test
    void thousandsGroupsMustHaveThreeDigits() {
        assertEquals("expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got '1,2345' (use '.' as the "
                + "decimal separator)", rejection("1,2345"));
        rejection("12,34,567");
        rejection("1,,000");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"$", "", "   ", "%", "k", "abc", "1.2.3", "--5", "-$-5", "5%%", "1e", "e6", "5 k$",
        "NaN", "0x10", "1_000"})
    void notNumbers(String text) {
        assertEquals("expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got '" + text.strip() + "'",
                rejection(text));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertEquals("expected a finite number, got '1e999'", rejection("1e999"));
        assertEquals("expected a finite number, got '-1e400'", rejection("-1e400"));
    }

    @Test
    void wholeNumbersInARange() {
        assertEquals(10_000, Values.whole("trials", "10k", 1, 100_000_000));
        assertEquals(36, Values.whole("months", " 36 ", 1, 240));
        assertEquals("trials must be a whole number in [1, 100000000], got '0'",
                assertThrows(IllegalArgumentException.class, () -> Values.whole("trials", "0", 1, 100_000_000))
                        .getMessage());
        assertEquals("trials must be a whole number in [1, 100000000], got '1e9'",
                assertThrows(IllegalArgumentException.class, () -> Values.whole("trials", "1e9", 1, 100_000_000))
                        .getMessage());
        assertEquals("months must be a whole number in [1, 240], got '12.5'",
                assertThrows(IllegalArgumentException.class, () -> Values.whole("months", "12.5", 1, 240)).getMessage());
        assertEquals("months must be a whole number in [1, 240], got 'twelve'",
                assertThrows(IllegalArgumentException.class, () -> Values.whole("months", "twelve", 1, 240)).getMessage());
    }
}
