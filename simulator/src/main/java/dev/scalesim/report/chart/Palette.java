package dev.scalesim.report.chart;

import dev.scalesim.kernel.Arm;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Solution;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The colours of every chart: the Okabe-Ito palette, which stays distinguishable under the
 * common colour-vision deficiencies, extended to 20 distinct colours, with the baseline in a
 * neutral dark grey. An arm's colour follows its identity: a solution takes the colour of its
 * position in the model's catalogue and a plan the next ones in plan order, so the same arm has
 * the same colour in every chart of every scenario of the model; within a scenario no two arms
 * share a colour up to 20 arms besides the baseline.
 */
public final class Palette {
    /** The baseline: neutral, so every solution stands out against it. */
    public static final Color BASELINE = new Color(0x4D4D4D);
    /**
     * Twenty colours, one per arm of a scenario of up to 20 solutions and plans: the Okabe-Ito
     * palette first (without black, too close to the baseline, and without its yellow, faint on
     * white), then colours picked greedily for the largest CIE-Lab distance from those already
     * chosen and from the baseline grey (at least 24 between any two), every one with a contrast of
     * at least 2.2:1 against white and none grey.
     */
    static final Color[] ARMS = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xD55E00), // vermillion
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0x000075), // navy
        new Color(0xF032E6), // magenta
        new Color(0x661100), // dark brown
        new Color(0xE6194B), // crimson
        new Color(0x66A61E), // leaf green
        new Color(0x827717), // olive
        new Color(0x4363D8), // royal blue
        new Color(0xE7298A), // pink
        new Color(0x00838F), // teal
        new Color(0x882255), // wine
        new Color(0x911EB4), // violet
        new Color(0x7D5BA6), // lavender
        new Color(0x8C564B), // brown
        new Color(0xAA4499), // purple
    };
    public static final Color TEXT = new Color(0x222222);
    public static final Color MUTED = new Color(0x5F5F5F);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color AXIS = new Color(0x8C8C8C);

    private Palette() {
    }

    /** The style of each arm of a scenario of the given model (catalogue order; arm order for an unknown model). */
    public static List<ArmStyle> forModel(String model, List<String> arms) {
        List<String> solutions = Catalog.find(model).map(BusinessModel::solutions).orElse(List.of()).stream()
                .map(Solution::id).toList();
        return styles(solutions, arms);
    }

    /** The colour as CSS: {@code #0072B2}. */
    public static String css(Color c) {
        return String.format(Locale.ROOT, "#%06X", c.getRGB() & 0xFFFFFF);
    }

    /**
     * The style of each arm, in the order given.
     *
     * @param modelSolutions the model's solution ids in catalogue order
     * @param arms the arms' names, baseline first
     */
    public static List<ArmStyle> styles(List<String> modelSolutions, List<String> arms) {
        // First the colour of each arm's identity (catalogue slot, then plans in order), so an arm
        // keeps its colour across the model's scenarios; an arm whose slot is past the palette or
        // taken then gets the first colour no arm of this scenario uses. Colours repeat (dashed)
        // only past 20 arms besides the baseline.
        int[] slots = new int[arms.size()];
        boolean[] used = new boolean[ARMS.length];
        int plans = 0;
        for (int i = 0; i < arms.size(); i++) {
            String arm = arms.get(i);
            int slot = arm.equals(Arm.BASELINE) ? -1 : modelSolutions.indexOf(arm);
            if (slot < 0 && arm.startsWith("plan:")) {
                slot = modelSolutions.size() + plans++;
            }
            if (slot >= 0 && slot < ARMS.length && !used[slot]) {
                used[slot] = true;
                slots[i] = slot;
            } else {
                slots[i] = -1;
            }
        }
        int spare = 0;
        int repeats = 0;
        List<ArmStyle> styles = new ArrayList<>(arms.size());
        for (int i = 0; i < arms.size(); i++) {
            String arm = arms.get(i);
            if (arm.equals(Arm.BASELINE)) {
                styles.add(new ArmStyle(arm, BASELINE, false));
                continue;
            }
            int slot = slots[i];
            boolean dashed = false;
            if (slot < 0) {
                while (spare < ARMS.length && used[spare]) {
                    spare++;
                }
                if (spare < ARMS.length) {
                    slot = spare;
                    used[spare] = true;
                } else {
                    slot = repeats++ % ARMS.length;
                    dashed = true;
                }
            }
            styles.add(new ArmStyle(arm, ARMS[slot], dashed));
        }
        return List.copyOf(styles);
    }
}
