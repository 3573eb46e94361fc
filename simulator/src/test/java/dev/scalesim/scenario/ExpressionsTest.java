package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.stats.Distribution;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cell expressions: every distribution form of the README, and every way to get one wrong. */
class ExpressionsTest {
    private static String rejection(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Expressions.parse(text)).getMessage();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "uniform(0.03,0.07) | uniform(0.03,0.07)",
        "uniform(3%; 7%) | uniform(0.03,0.07)",
        "UNIFORM ( 1 , 2 ) | uniform(1,2)",
        "normal(100,15) | normal(100,15)",
        "normal(-5%;1%) | normal(-0.05,0.01)",
        "lognormal(500,300) | lognormal(500,300)",
        "lognormal($50k; $20k) | lognormal(50000,20000)",
        "triangular(1,2,5) | triangular(1,2,5)",
        "triangular(0;0;1) | triangular(0,0,1)",
        "pert(0.05,0.08,0.15) | pert(0.05,0.08,0.15)",
        "Pert(2%;3%;5%) | pert(0.02,0.03,0.05)",
        "beta(2,5) | beta(2,5)",
        "300 to 900 | 300 to 900",
        "$900 to $1800 | 900 to 1800",
        "0.5% to 1.5% | 0.005 to 0.015",
        "-10 to 30 | -10 to 30",
        "1500 TO 4000 | 1500 to 4000",
        "50k | 50000",
        "5% | 0.05",
        "unlimited | unlimited",
        "Unlimited | unlimited",
        "inf | unlimited",
        "∞ | unlimited"})
    void everyFormReadsBackToItsCanonicalExpression(String text, String canonical) {
        Distribution d = Expressions.parse(text);
        assertEquals(canonical, d.expression());
        assertEquals(d, Expressions.parse(d.expression()), "the canonical text reads back to the same value");
    }

    @Test
    void formsMakeTheRightDistribution() {
        assertTrue(Expressions.parse("uniform(1,2)") instanceof Distribution.Uniform);
        assertTrue(Expressions.parse("normal(1,2)") instanceof Distribution.Normal);
        assertTrue(Expressions.parse("lognormal(1,2)") instanceof Distribution.LogNormal);
        assertTrue(Expressions.parse("triangular(1,2,3)") instanceof Distribution.Triangular);
        assertTrue(Expressions.parse("pert(1,2,3)") instanceof Distribution.Pert);
        assertTrue(Expressions.parse("beta(1,2)") instanceof Distribution.Beta);
        assertTrue(((Distribution.Interval90) Expressions.parse("300 to 900")).logNormal(), "positive bounds: lognormal");
        assertTrue(!((Distribution.Interval90) Expressions.parse("-10 to 30")).logNormal(), "a negative bound: normal");
        assertTrue(!((Distribution.Interval90) Expressions.parse("0 to 30")).logNormal(), "a zero bound: normal");
        assertEquals(Double.POSITIVE_INFINITY, Expressions.parse("unlimited").mean());
        assertTrue(Expressions.parse("42").isConstant());
    }

    @Test
    void wrongArgumentCounts() {
        assertEquals("uniform takes 2 arguments (min, max), got 3", rejection("uniform(1,2,3)"));
        assertEquals("normal takes 2 arguments (mean, sd), got 1", rejection("normal(5)"));
        assertEquals("lognormal takes 2 arguments (mean, sd), got 3", rejection("lognormal(1;2;3)"));
        assertEquals("triangular takes 3 arguments (min, mode, max), got 2", rejection("triangular(1,2)"));
        assertEquals("pert takes 3 arguments (min, mode, max), got 4", rejection("pert(1,2,3,4)"));
        assertEquals("beta takes 2 arguments (a, b), got 1", rejection("beta(2)"));
        // A decimal comma inside a call splits it into more arguments than the form takes.
        assertEquals("pert takes 3 arguments (min, mode, max), got 6", rejection("pert(0,05,0,08,0,15)"));
    }

    @Test
    void badArguments() {
        assertEquals("pert: argument 2: expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got 'x'",
                rejection("pert(1,x,3)"));
        assertEquals("uniform: argument 1: expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got ''",
                rejection("uniform(,2)"));
        assertEquals("pert: argument 1: expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got '0,05' "
                + "(use '.' as the decimal separator)", rejection("pert(0,05;0,08;0,15)"));
        assertEquals("normal: argument 1: expected a finite number, got '1e999'", rejection("normal(1e999,1)"));
    }

    @Test
    void argumentsOutsideTheirDomainNameTheField() {
        assertEquals("uniform(min, max): min must be <= max, got 5 > 1", rejection("uniform(5,1)"));
        assertEquals("normal(mean, sd): sd must be > 0, got 0", rejection("normal(100,0)"));
        assertEquals("normal(mean, sd): sd must be > 0, got -1", rejection("normal(100,-1)"));
        assertEquals("lognormal(mean, sd): sd must be > 0, got 0", rejection("lognormal(100,0)"));
        assertEquals("lognormal(mean, sd): mean must be > 0, got -100", rejection("lognormal(-100,10)"));
        assertEquals("triangular(min, mode, max): min must be <= mode, got 5 > 3", rejection("triangular(5,3,1)"));
        assertEquals("triangular(min, mode, max): mode must be <= max, got 4 > 3", rejection("triangular(1,4,3)"));
        assertEquals("pert(min, mode, max): min must be <= mode, got 0.9 > 0.5", rejection("pert(0.9,0.5,0.1)"));
        assertEquals("pert(min, mode, max): min must be < max, got 2 and 2", rejection("pert(2,2,2)"));
        assertEquals("beta(a, b): a must be > 0, got 0", rejection("beta(0,1)"));
        assertEquals("low to high: low must be < high, got 900 and 300", rejection("900 to 300"));
        assertEquals("low to high: low must be < high, got 5 and 5", rejection("5 to 5"));
    }

    @Test
    void numbersTooLargeToBeFiniteSaySo() {
        assertEquals("expected a finite number, got '1e999'", rejection("1e999"));
        assertEquals("expected a finite number, got '-$1e400'", rejection("-$1e400"));
        assertEquals("expected a finite number, got '1e999'", rejection("1 to 1e999"));
    }

    @Test
    void unknownDistributionsSuggestTheNearest() {
        assertEquals("unknown distribution 'unifrom'; did you mean 'uniform'?; expected one of uniform, normal, "
                + "lognormal, triangular, pert, beta", rejection("unifrom(1,2)"));
        assertEquals("unknown distribution 'gamma'; expected one of uniform, normal, lognormal, triangular, pert, "
                + "beta", rejection("gamma(1,2)"));
    }

    @Test
    void textThatIsNothingSaysWhatWasExpected() {
        String expected = "expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, a distribution such as "
                + "pert(1%,2%,4%) or '300 to 900', got ";
        assertEquals(expected + "'lots'", rejection("lots"));
        assertEquals(expected + "'pert(1,2,3'", rejection("pert(1,2,3"));
        assertEquals(expected + "'$'", rejection("$"));
        assertEquals(expected + "''", rejection(""));
        // A decimal comma, as Excel writes it in many locales (a ';' file leaves it unquoted).
        assertEquals(expected + "'0,05' (use '.' as the decimal separator)", rejection("0,05"));
        assertEquals("expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, got '0,5' (use '.' as the decimal "
                + "separator)", rejection("0,5 to 1,5"));
    }

    @Test
    void aLongCellWithoutToIsRejectedInOnePass() {
        // a backtracking pattern took over 70 s on this cell (issue 18); one pass takes microseconds
        String cell = "1" + " ".repeat(200_000) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> rejection(cell));
        assertEquals(2, Expressions.interval("1\tto 2"), "any whitespace around to");
        assertEquals(-1, Expressions.interval("1 toto 2"));
        assertEquals(-1, Expressions.interval("to 2"));
    }
}
