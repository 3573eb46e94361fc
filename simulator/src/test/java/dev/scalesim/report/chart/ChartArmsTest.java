package dev.scalesim.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.analysis.Decisions;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Results;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arms the charts draw: the top arms of a many-arm line chart, the second retention heatmap's arm. */
class ChartArmsTest {
    @TempDir
    Path dir;

    /** A context of {@code n} arms besides the baseline; arm k gains k dollars of ARR and k points of cash-out risk. */
    private static ChartContext context(int n) {
        List<String> arms = new ArrayList<>(List.of(Arm.BASELINE));
        List<Decisions.Effect> effects = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            arms.add("s" + k);
            effects.add(new Decisions.Effect("s" + k, k, k / 100.0, 0, 0, -k));
        }
        return new ChartContext("x", "m", 10, 1, 12, "t", Palette.styles(List.of(), arms), n, n,
                new Decisions(effects));
    }

    @Test
    void aLineChartOfUpToSevenArmsDrawsEveryArmAndSaysNothingMore() {
        ChartContext ctx = context(ChartContext.MAX_LINES);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, ctx.lineArms(Decisions.Objective.GROWTH));
        assertEquals("", ctx.lineNote(Decisions.Objective.GROWTH));
    }

    @Test
    void pastSevenArmsItDrawsTheBaselineAndTheSixBestUnderTheObjectiveAndNamesTheRest() {
        ChartContext ctx = context(12);
        // growth ranks s12 first, survival s1 first (least added risk)
        assertArrayEquals(new int[] {0, 7, 8, 9, 10, 11, 12}, ctx.lineArms(Decisions.Objective.GROWTH));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, ctx.lineArms(Decisions.Objective.SURVIVAL));
        String note = ctx.lineNote(Decisions.Objective.SURVIVAL);
        assertTrue(note.contains("the 6 arms best for survival of 12"), note);
        assertTrue(note.endsWith("not drawn: s7, s8, s9, s10, s11, s12 (the tables have every arm)."), note);
    }

    private Results run(String solutions) throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "scenario,model,months,trials,seed,solutions\nr,subscription-saas,24,400,7,"
                + solutions + "\n", StandardCharsets.UTF_8);
        Scenario s = ScenarioFile.read(csv).get(0);
        return Engine.run(s.simulation(), 2);
    }

    private static ChartContext context(Results r, int best) {
        List<String> arms = r.arms().stream().map(Arm::name).toList();
        return new ChartContext("r", "subscription-saas", r.trials(), 7, 24, "t", Palette.styles(List.of(), arms),
                best, 0, Decisions.of(r));
    }

    @Test
    void theSecondHeatmapSkipsAGrowthArmThatLeavesChurnAloneForTheArmThatChangesRetention() throws Exception {
        Results r = run("localization;retention-program");
        // localization (arm 1) changes market size, not churn: its pooled retention is the baseline's up to noise
        ChartContext ctx = context(r, 1);
        assertTrue(RetentionHeatmap.difference(ctx, r, 1) < RetentionHeatmap.SAME / 5,
                "localization differs by " + RetentionHeatmap.difference(ctx, r, 1));
        // retention-program cuts monthly churn by 5-25%: a visible change
        assertTrue(RetentionHeatmap.difference(ctx, r, 2) > RetentionHeatmap.SAME * 4,
                "retention-program differs by " + RetentionHeatmap.difference(ctx, r, 2));
        assertEquals(2, RetentionHeatmap.contrastArm(ctx, r));
        assertEquals(2, RetentionHeatmap.contrastArm(context(r, 2), r), "a growth-best arm that changes retention is kept");
    }

    @Test
    void noSecondHeatmapWhenNoArmChangesRetention() throws Exception {
        Results r = run("localization");
        assertEquals(-1, RetentionHeatmap.contrastArm(context(r, 1), r));
    }

    @Test
    void smallWholeCountsAreDrawnAsStepsAndLargeOnesAsFans() throws Exception {
        Path csv = dir.resolve("v.csv");
        Files.writeString(csv, "scenario,model,months,trials,seed\nv,vertical-ai-saas,24,400,7\n", StandardCharsets.UTF_8);
        Results r = Engine.run(ScenarioFile.read(csv).get(0).simulation(), 2);
        ChartContext ctx = context(r, -1);
        // enterprise contracts signed a month: 0 to a few
        assertTrue(FanChart.smallCount(ctx, r, r.monthlyIndex("deals_won"), new int[] {0}));
        assertFalse(FanChart.smallCount(ctx, r, r.monthlyIndex("customers"), new int[] {0}), "customers: a fan");
        assertFalse(FanChart.smallCount(ctx, r, r.monthlyIndex("mrr"), new int[] {0}), "money is never a step");
    }
}
