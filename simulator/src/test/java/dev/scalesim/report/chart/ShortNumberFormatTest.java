package dev.scalesim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.report.chart.ShortNumberFormat.Kind;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated
class ShortNumberFormatTest {
    @Test
    void moneyReadsAsADeckWritesIt() {
        assertEquals("$1.2M", ShortNumberFormat.money(1_200_000));
        assertEquals("$350k", ShortNumberFormat.money(350_000));
        assertEquals("$1.23M", ShortNumberFormat.money(1_234_567));
        assertEquals("$0", ShortNumberFormat.money(0));
        assertEquals("$12", ShortNumberFormat.money(12));
        assertEquals("$0.08", ShortNumberFormat.money(0.08));
        assertEquals("$3B", ShortNumberFormat.money(3e9));
        assertEquals("-$1.5M", ShortNumberFormat.money(-1_500_000));
        assertEquals("+$2.6M", ShortNumberFormat.moneyDelta(2_600_000));
        assertEquals("-$120k", ShortNumberFormat.moneyDelta(-120_000));
    }

    @Test
    void roundingUpMovesToTheNextUnit() {
        assertEquals("$1M", ShortNumberFormat.money(999_600));
        assertEquals("$1k", ShortNumberFormat.money(999.7));
    }

    @Test
    void aTickThatRoundsToZeroHasNoSign() {
        assertEquals("$0", ShortNumberFormat.money(-1e-12));
    }

    @Test
    void percentCountAndMultiplier() {
        assertEquals("12.5%", ShortNumberFormat.percent(0.125));
        assertEquals("100%", ShortNumberFormat.percent(1));
        assertEquals("0.5%", ShortNumberFormat.percent(0.005));
        assertEquals("12.3k", ShortNumberFormat.count(12_345));
        assertEquals("2.5x", new ShortNumberFormat(Kind.MULTIPLIER).format(2.5));
        assertEquals("n/a", ShortNumberFormat.money(Double.NaN));
    }

    @Test
    void decimalPointWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("$1.5M", ShortNumberFormat.money(1_500_000));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
