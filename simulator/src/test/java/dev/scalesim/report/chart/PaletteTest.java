package dev.scalesim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {
    private static final List<String> SOLUTIONS = List.of("a", "b", "c", "d");

    @Test
    void baselineIsNeutralGrey() {
        ArmStyle base = Palette.styles(SOLUTIONS, List.of("baseline", "a")).get(0);
        assertEquals(Palette.BASELINE, base.color());
        assertEquals(base.color().getRed(), base.color().getGreen());
        assertEquals(base.color().getGreen(), base.color().getBlue());
    }

    @Test
    void anArmKeepsItsColourWhateverElseRuns() {
        ArmStyle alone = Palette.styles(SOLUTIONS, List.of("baseline", "c")).get(1);
        ArmStyle among = Palette.styles(SOLUTIONS, List.of("baseline", "a", "b", "c", "plan:x")).get(3);
        assertEquals("c", among.arm());
        assertEquals(alone.color(), among.color());
        assertEquals(Palette.forModel("subscription-saas", List.of("baseline", "customer-success")).get(1).color(),
                Palette.forModel("subscription-saas", List.of("baseline", "faster-onboarding", "customer-success"))
                        .get(2).color());
    }

    @Test
    void armsWithinThePaletteAreDistinctSolidAndNotTheBaselineColour() {
        List<ArmStyle> styles = Palette.styles(SOLUTIONS, List.of("baseline", "a", "b", "c", "d", "plan:x", "plan:y"));
        Set<java.awt.Color> colors = new HashSet<>();
        for (ArmStyle s : styles) {
            assertTrue(colors.add(s.color()), "repeated colour for " + s.arm());
            assertFalse(s.dashed());
        }
        styles.stream().skip(1).forEach(s -> assertNotEquals(Palette.BASELINE, s.color()));
    }

    @Test
    void pastThePaletteColoursRepeatDashed() {
        List<ArmStyle> styles = Palette.styles(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"),
                List.of("baseline", "s1", "s8"));
        assertEquals(styles.get(1).color(), styles.get(2).color());
        assertTrue(styles.get(2).dashed());
    }

    @Test
    void cssColour() {
        assertEquals("#0072B2", Palette.css(new java.awt.Color(0x0072B2)));
    }
}
