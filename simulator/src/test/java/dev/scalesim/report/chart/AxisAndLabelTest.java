package dev.scalesim.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import dev.scalesim.stats.Distribution;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

/** Tick units by unit, the heatmap's one step, and how the tornado names its inputs. */
class AxisAndLabelTest {
    @Test
    void countsAndMonthsTickByWholeUnits() {
        for (Unit unit : List.of(Unit.COUNT, Unit.COUNT_PER_MONTH, Unit.COUNT_PER_YEAR, Unit.MONTHS, Unit.DAYS)) {
            NumberAxis axis = Theme.valueAxis("x", unit);
            // the smallest unit the axis would pick for a 0-3 range: no 0.2-deal ticks
            double size = axis.getStandardTickUnits().getCeilingTickUnit(0.2).getSize();
            assertEquals(1, size, 0, unit + " ticks");
        }
        double money = Theme.valueAxis("x", Unit.USD).getStandardTickUnits().getCeilingTickUnit(0.2).getSize();
        assertTrue(money < 1, "money may step below 1: " + money);
        double share = Theme.valueAxis("x", Unit.FRACTION).getStandardTickUnits().getCeilingTickUnit(0.02).getSize();
        assertTrue(share < 0.1, "a share steps by percent: " + share);
    }

    @Test
    void heatmapStepKeepsAboutTwelveTicks() {
        assertEquals(1, RetentionHeatmap.step(12));
        assertEquals(2, RetentionHeatmap.step(24));
        assertEquals(3, RetentionHeatmap.step(36));
        assertEquals(6, RetentionHeatmap.step(60));
        assertEquals(12, RetentionHeatmap.step(240));
    }

    @Test
    void tornadoNamesInputsByTitleSegmentAndDefault() {
        ParamDef churn = ParamDef.segment("monthly_churn", Unit.FRACTION_PER_MONTH,
                "share of paying customers leaving each month");
        ParamDef months = ParamDef.global("certification_months", Unit.MONTHS,
                "months until the compliance certification is granted (0: already certified)");
        TornadoLabels labels = new TornadoLabels(List.of(
                new Param("smb.monthly_churn", churn, "smb", Distribution.uniform(0.02, 0.06), "default: a survey"),
                new Param("certification_months", months, null, Distribution.uniform(3, 9), "scenario column x")));
        assertEquals("Share of paying customers leaving each month \u00b7 smb *", labels.label("smb.monthly_churn"));
        assertTrue(labels.isDefault("smb.monthly_churn"));
        assertEquals("Months until the compliance certification\u2026", labels.label("certification_months"));
        assertFalse(labels.isDefault("certification_months"));
        // uniform(3, 9): P10 = 3.6, P90 = 8.4
        assertArrayEquals(new String[] {"3.6", "8.4"}, labels.lowHigh("certification_months").orElseThrow());
        assertArrayEquals(new String[] {"2.4%", "5.6%"}, labels.lowHigh("smb.monthly_churn").orElseThrow());
        assertEquals("customer-success.monthly_churn", labels.label("customer-success.monthly_churn"),
                "an effect size keeps its id");
        assertTrue(labels.lowHigh("customer-success.monthly_churn").isEmpty());
    }

    @Test
    void longTitlesAreCutAtAWord() {
        String t = TornadoLabels.title("a very long meaning that goes on and on well past what fits beside the bars");
        assertTrue(t.length() <= 45 && t.endsWith("\u2026") && t.startsWith("A very"), t);
    }
}
