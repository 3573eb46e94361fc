package dev.scalesim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
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
        Set<Color> colors = new HashSet<>();
        for (ArmStyle s : styles) {
            assertTrue(colors.add(s.color()), "repeated colour for " + s.arm());
            assertFalse(s.dashed());
        }
        styles.stream().skip(1).forEach(s -> assertNotEquals(Palette.BASELINE, s.color()));
    }

    @Test
    void twentyArmsHaveTwentyDistinctSolidColours() {
        List<String> catalogue = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            catalogue.add("s" + i);
        }
        // solutions far down a long catalogue, plus plans: slots past the palette take free colours
        List<String> arms = new ArrayList<>(List.of("baseline"));
        for (int i = 11; i <= 27; i++) {
            arms.add("s" + i);
        }
        arms.addAll(List.of("plan:a", "plan:b", "plan:c"));
        assertEquals(21, arms.size());
        List<ArmStyle> styles = Palette.styles(catalogue, arms);
        Set<Color> colors = new HashSet<>();
        for (ArmStyle s : styles) {
            assertTrue(colors.add(s.color()), "repeated colour for " + s.arm());
            assertFalse(s.dashed(), s.arm());
        }
    }

    @Test
    void pastTwentyArmsColoursRepeatDashed() {
        List<String> arms = new ArrayList<>(List.of("baseline"));
        for (int i = 1; i <= 21; i++) {
            arms.add("plan:p" + i);
        }
        List<ArmStyle> styles = Palette.styles(List.of(), arms);
        assertEquals(styles.get(1).color(), styles.get(21).color());
        assertTrue(styles.get(21).dashed());
        assertFalse(styles.get(20).dashed());
    }

    /**
     * Readable on white (contrast at least 2.2:1, the Okabe-Ito orange's) and told apart: any two
     * colours, the baseline grey included, at least 20 apart in CIE-Lab (about 10 is the width
     * of a colour name; the palette was picked at 24).
     */
    @Test
    void everyColourIsReadableOnWhiteAndFarFromTheOthers() {
        List<Color> all = new ArrayList<>(List.of(Palette.ARMS));
        assertEquals(20, all.size());
        all.add(Palette.BASELINE);
        for (Color c : all) {
            assertTrue(1.05 / (luminance(c) + 0.05) >= 2.2, Palette.css(c) + " is faint on white");
            assertFalse(c.getRed() == c.getGreen() && c.getGreen() == c.getBlue() && c != Palette.BASELINE,
                    Palette.css(c) + " is a grey like the baseline");
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                double[] a = lab(all.get(i));
                double[] b = lab(all.get(j));
                double d = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
                assertTrue(d >= 20, Palette.css(all.get(i)) + " and " + Palette.css(all.get(j)) + " are " + d + " apart");
            }
        }
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    @Test
    void cssColour() {
        assertEquals("#0072B2", Palette.css(new Color(0x0072B2)));
    }
}
