package dev.scalesim.report.chart;

import dev.scalesim.kernel.Arm;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Solution;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The colours of every chart: the Okabe-Ito palette, which stays distinguishable under the
 * common colour-vision deficiencies, with the baseline in a neutral dark grey. An arm's colour
 * depends only on its identity, never on which other arms a scenario runs: a solution takes the
 * colour of its position in the model's catalogue and a plan the next ones in plan order, so the
 * same arm has the same colour in every chart of every scenario of the model.
 */
public final class Palette {
    /** The baseline: neutral, so every solution stands out against it. */
    public static final Color BASELINE = new Color(0x4D4D4D);
    /** Okabe-Ito without black (too close to the baseline); yellow last, as it is faint on white. */
    static final Color[] ARMS = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xD55E00), // vermillion
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xF0E442), // yellow
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
        return String.format(java.util.Locale.ROOT, "#%06X", c.getRGB() & 0xFFFFFF);
    }

    /**
     * The style of each arm, in the order given.
     *
     * @param modelSolutions the model's solution ids in catalogue order
     * @param arms the arms' names, baseline first
     */
    public static List<ArmStyle> styles(List<String> modelSolutions, List<String> arms) {
        List<ArmStyle> styles = new ArrayList<>(arms.size());
        int plans = 0;
        int others = 0;
        for (String arm : arms) {
            if (arm.equals(Arm.BASELINE)) {
                styles.add(new ArmStyle(arm, BASELINE, false));
                continue;
            }
            int slot = modelSolutions.indexOf(arm);
            if (slot < 0 && arm.startsWith("plan:")) {
                slot = modelSolutions.size() + plans++;
            } else if (slot < 0) {
                // not a catalogue solution nor a plan (a model added later may name arms otherwise)
                slot = modelSolutions.size() + arms.size() + others++;
            }
            styles.add(new ArmStyle(arm, ARMS[slot % ARMS.length], slot >= ARMS.length));
        }
        return List.copyOf(styles);
    }
}
