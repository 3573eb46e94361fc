package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Solution;
import dev.scalesim.stats.Distribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The solution columns of a row on api-access: the solutions it may use, {@code <solution>.<key>}
 * overrides and the intervention they make, the {@code solutions}, {@code plans} and
 * {@code plan_search} cells, solutions inert for the row's segments, and each problem's exact
 * text and cell.
 */
class SolutionColumnsTest {
    private static final BusinessModel API = Catalog.find("api-access").orElseThrow();
    private static final List<String> ALL_SEGMENTS = List.of("developers", "smb", "enterprise");
    private static final List<String> IDS = List.of("spot-instances", "tiered-pricing", "differentiation",
            "usage-pricing-smb", "automation", "retention-program", "partnerships", "pricing-optimization",
            "spend-policy", "go-global");
    private static final Solution SPOT = API.solution("spot-instances").orElseThrow();
    private final List<Problem> problems = new ArrayList<>();
    private Path file = Path.of("s.csv");

    @Test
    void theRowMayUseTheModelsSolutionsInTheirOrder() {
        assertEquals(IDS, columns(ALL_SEGMENTS, row()).ids());
        assertEquals(List.of(), problems);
    }

    @Test
    void aSolutionsFileAddsTheUsersSolutionsAfterTheModels(@TempDir Path dir) throws Exception {
        file = dir.resolve("s.csv");
        Files.writeString(dir.resolve("mine.csv"), "solution,param,op,size\nupsell-bot,price,scale,1.1\n");
        SolutionColumns columns = columns(ALL_SEGMENTS, row("solutions_file", "mine.csv"));
        List<String> expected = new ArrayList<>(IDS);
        expected.add("upsell-bot");
        assertEquals(expected, columns.ids());
        assertEquals(List.of(), problems);
    }

    @Test
    void aUsersSolutionThatSetsAChoiceMustSetOneChoicesIndex(@TempDir Path dir) throws Exception {
        file = dir.resolve("s.csv");
        Files.writeString(dir.resolve("mine.csv"), "solution,param,op,size\nprepay,smb.billing,set,0.6\n"
                + "upfront,smb.billing,set,1\n");
        SolutionColumns columns = columns(ALL_SEGMENTS, row("solutions_file", "mine.csv"));
        List<String> expected = new ArrayList<>(IDS);
        expected.add("upfront");
        assertEquals(List.of(dir.resolve("mine.csv") + ":2:4: set smb.billing 0.6: billing must be one of monthly "
                + "| annual | annual-arrears, got 0.6 (scenario 'base', model api-access)"), messages());
        assertEquals(expected, columns.ids());
    }

    @Test
    void aMissingSolutionsFileIsReportedAtItsCell(@TempDir Path dir) {
        file = dir.resolve("s.csv");
        SolutionColumns columns = columns(ALL_SEGMENTS, row("scenario", "base", "solutions_file", "mine.csv"));
        assertEquals(IDS, columns.ids());
        assertEquals(List.of(file + ":7:2: no such solutions file 'mine.csv' (looked for "
                + dir.resolve("mine.csv") + "; the path is relative to the scenario file)"), messages());
    }

    @Test
    void withoutOverridesTheInterventionIsTheSolutionAsTheModelStatesIt() {
        Intervention i = columns(ALL_SEGMENTS, row()).intervention(SPOT);
        assertEquals(SPOT.intervention(), i);
    }

    @Test
    void startAndRampCellsMoveEveryEffectAndTheSolutionsStart() {
        RowCells row = row("spot-instances.start", "5", "spot-instances.ramp", "0");
        SolutionColumns columns = columns(ALL_SEGMENTS, row);
        assertTrue(cell(columns, row, 0));
        assertTrue(cell(columns, row, 1));
        Intervention i = columns.intervention(SPOT);
        assertEquals(5, i.start());
        assertEquals(List.of("cost_per_use 5/0", "monthly_churn 5/0"),
                i.effects().stream().map(e -> e.param() + " " + e.start() + "/" + e.ramp()).toList());
        assertEquals(List.of(), problems);
    }

    @Test
    void aSizeCellChangesThatEffectOnly() {
        RowCells row = row("spot-instances.cost_per_use", "0.5");
        SolutionColumns columns = columns(ALL_SEGMENTS, row);
        assertTrue(cell(columns, row, 0));
        List<Effect> effects = columns.intervention(SPOT).effects();
        assertEquals(Distribution.constant(0.5), effects.get(0).size());
        assertEquals(new Distribution.Pert(1, 1.02, 1.05), effects.get(1).size());
        assertEquals(List.of(), problems);
    }

    @Test
    void costCellsReplaceTheSolutionsCosts() {
        RowCells row = row("spot-instances.one_time_cost", "10k", "spot-instances.monthly_cost", "1000 to 2000");
        SolutionColumns columns = columns(ALL_SEGMENTS, row);
        assertTrue(cell(columns, row, 0));
        assertTrue(cell(columns, row, 1));
        Intervention i = columns.intervention(SPOT);
        assertEquals(Distribution.constant(10_000), i.oneTimeCost());
        assertEquals(new Distribution.Interval90(1000, 2000), i.monthlyCost());
        assertEquals(List.of(), problems);
    }

    @Test
    void aPrefixThatIsNoSolutionOfTheRowIsLeftToTheCaller() {
        RowCells row = row("spot-instance.start", "5");
        assertFalse(cell(columns(ALL_SEGMENTS, row), row, 0));
        assertEquals(List.of(), problems);
    }

    @Test
    void wrongOverrideCellsAreReportedAndLeaveTheSolutionAsItWas() {
        RowCells row = row("spot-instances.start", "0", "spot-instances.ramp", "1.5", "spot-instances.monthly_cost",
                "-5", "spot-instances.one_time_cost", "unlimited", "spot-instances.cost_per_use", "-0.5",
                "spot-instances.monthly_churn", "half");
        SolutionColumns columns = columns(ALL_SEGMENTS, row);
        for (int c = 0; c < row.columns(); c++) {
            assertTrue(cell(columns, row, c), row.column(c));
        }
        assertEquals(SPOT.intervention(), columns.intervention(SPOT));
        assertEquals(List.of("s.csv:7:1: spot-instances.start must be a whole number in [1, 240], got '0'",
                "s.csv:7:2: spot-instances.ramp must be a whole number in [0, 240], got '1.5'",
                "s.csv:7:3: spot-instances.monthly_cost must be a cost >= 0, got -5",
                "s.csv:7:4: spot-instances.one_time_cost must be a finite amount >= 0 (a cost cannot be unlimited), "
                        + "got unlimited",
                "s.csv:7:5: spot-instances.cost_per_use scales cost_per_use: the factor must be >= 0, got -0.5",
                "s.csv:7:6: spot-instances.monthly_churn: expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, "
                        + "a distribution such as pert(1%,2%,4%) or '300 to 900', got 'half'"), messages());
    }

    @Test
    void aValueASolutionSetsMustLieInTheParametersRangeAsInASolutionsFile() {
        Solution tiered = API.solution("tiered-pricing").orElseThrow();
        Solution usage = API.solution("usage-pricing-smb").orElseThrow();
        RowCells row = row("tiered-pricing.tier2_price", "500", "tiered-pricing.tier3_price", "uniform(0.5, 200)",
                "usage-pricing-smb.smb.price", "-1");
        SolutionColumns columns = columns(ALL_SEGMENTS, row);
        for (int c = 0; c < row.columns(); c++) {
            assertTrue(cell(columns, row, c), row.column(c));
        }
        assertEquals(tiered.intervention(), columns.intervention(tiered));
        assertEquals(usage.intervention(), columns.intervention(usage));
        assertEquals(List.of("s.csv:7:1: tiered-pricing.tier2_price sets tier2_price: tier2_price must be in "
                + "[0, 100], got 500",
                "s.csv:7:2: tiered-pricing.tier3_price sets tier3_price: tier3_price must be in [0, 100], but "
                        + "uniform(0.5,200) ranges over [0.5, 200]",
                "s.csv:7:3: usage-pricing-smb.smb.price sets smb.price: price must be in [0, unlimited), got -1"),
                messages());
    }

    @Test
    void aValueASolutionSetsInsideTheRangeIsTheEffectsNewSize() {
        Solution tiered = API.solution("tiered-pricing").orElseThrow();
        RowCells row = row("tiered-pricing.tier2_price", "100", "tiered-pricing.tier3_price", "0");
        SolutionColumns columns = columns(ALL_SEGMENTS, row);
        assertTrue(cell(columns, row, 0));
        assertTrue(cell(columns, row, 1));
        List<Effect> effects = columns.intervention(tiered).effects();
        assertEquals(Distribution.constant(100), effects.get(0).size());
        assertEquals(Distribution.constant(0), effects.get(1).size());
        assertEquals(List.of(), problems);
    }

    @Test
    void aKeyThatIsNoEffectOfTheSolutionIsReportedWithTheNearestKey() {
        RowCells row = row("spot-instances.cost_per_us", "0.5");
        assertTrue(cell(columns(ALL_SEGMENTS, row), row, 0));
        assertEquals(List.of("s.csv:7:1: solution spot-instances has no effect on 'cost_per_us'; did you mean "
                + "'cost_per_use'? (expected one of: cost_per_use, monthly_churn, start, ramp, one_time_cost, "
                + "monthly_cost)"), messages());
    }

    @Test
    void aSolutionOnAnotherSegmentLosesThoseEffects() {
        Solution smb = API.solution("usage-pricing-smb").orElseThrow();
        assertEquals(List.of(), columns(List.of("developers"), row()).intervention(smb).effects());
        assertEquals(4, columns(List.of("smb"), row()).intervention(smb).effects().size());
    }

    @Test
    void aCellForAnEffectOnASegmentTheRowDoesNotSimulateIsReported() {
        Solution smb = API.solution("usage-pricing-smb").orElseThrow();
        RowCells row = row("usage-pricing-smb.smb.cac", "0.5", "usage-pricing-smb.start", "3");
        SolutionColumns columns = columns(List.of("developers", "enterprise"), row);
        assertTrue(cell(columns, row, 0));
        assertTrue(cell(columns, row, 1));
        assertEquals(List.of("s.csv:7:1: usage-pricing-smb.smb.cac = 0.5: segment 'smb' is not active in this "
                + "scenario (active: developers, enterprise; add it to the segments column)"), messages());
        problems.clear();
        SolutionColumns active = columns(List.of("smb"), row);
        assertTrue(cell(active, row, 0));
        assertEquals(Distribution.constant(0.5), active.intervention(smb).effects().stream()
                .filter(e -> e.param().equals("smb.cac")).findFirst().orElseThrow().size());
        assertEquals(List.of(), problems);
    }

    @Test
    void aBlankOrAllSolutionsCellRunsEverySolutionThatIsNotInert() {
        List<String> expected = IDS.stream().filter(id -> !id.equals("usage-pricing-smb")).toList();
        assertEquals(expected, ids(columns(List.of("developers"), row("solutions", "")).chosen()));
        assertEquals(expected, ids(columns(List.of("developers"), row("solutions", "all")).chosen()));
        assertEquals(IDS, ids(columns(ALL_SEGMENTS, row("solutions", "")).chosen()));
        assertEquals(List.of(), ids(columns(ALL_SEGMENTS, row("solutions", "none")).chosen()));
        assertEquals(List.of(), problems);
    }

    @Test
    void namedSolutionsRunInTheModelsOrder() {
        RowCells row = row("solutions", "automation; spot-instances");
        assertEquals(List.of("spot-instances", "automation"), ids(columns(ALL_SEGMENTS, row).chosen()));
        assertEquals(List.of(), problems);
    }

    @Test
    void aSolutionListedTwiceIsReported() {
        RowCells row = row("solutions", "automation;spot-instances;automation");
        assertEquals(List.of("spot-instances", "automation"), ids(columns(ALL_SEGMENTS, row).chosen()));
        assertEquals(List.of("s.csv:7:1: solution 'automation' is listed twice"), messages());
    }

    @Test
    void namingAnInertOrUnknownSolutionIsReported() {
        RowCells row = row("model", "api-access", "solutions", "usage-pricing-smb;automaton");
        assertEquals(List.of(), columns(List.of("developers"), row).chosen());
        assertEquals(List.of("s.csv:7:2: unknown solution 'automaton' for model api-access; did you mean "
                + "'automation'? (expected all, none or some of: " + String.join(", ", IDS) + ")",
                "s.csv:7:2: solution usage-pricing-smb only changes segments this scenario does not simulate "
                        + "(smb.price, smb.cac, smb.organic_customers, smb.monthly_churn; active segments: "
                        + "developers)"), messages());
    }

    @Test
    void plansAreNamedListsOfSolutionsInTheCellsOrder() {
        RowCells row = row("plans", "lean = automation + spot-instances; solo=differentiation");
        Map<String, List<Solution>> plans = columns(ALL_SEGMENTS, row).plans();
        assertEquals(List.of("lean", "solo"), List.copyOf(plans.keySet()));
        assertEquals(List.of("automation", "spot-instances"), ids(plans.get("lean")));
        assertEquals(List.of("differentiation"), ids(plans.get("solo")));
        assertEquals(List.of(), problems);
    }

    @Test
    void wrongPlansAreReported() {
        RowCells row = row("plans", "bad; p=spot-instance; q=automation+automation; q=differentiation; "
                + "s=usage-pricing-smb");
        columns(List.of("developers"), row).plans();
        assertEquals(List.of("s.csv:7:1: expected plans as name=solution+solution; other=solution, got 'bad' "
                + "(plan names use letters, digits, - and _, at most 200)",
                "s.csv:7:1: plan p: unknown solution 'spot-instance' for model api-access; did you mean "
                        + "'spot-instances'?",
                "s.csv:7:1: plan q lists automation twice",
                "s.csv:7:1: plan name 'q' is used twice",
                "s.csv:7:1: plan s: solution usage-pricing-smb only changes segments this scenario does not "
                        + "simulate (smb.price, smb.cac, smb.organic_customers, smb.monthly_churn; active segments: "
                        + "developers)"), messages());
    }

    @Test
    void noPlanSearchIsNullAndItsBudgetCellIsReported() {
        RowCells row = row("plan_search", "off", "plan_budget", "100k");
        assertNull(columns(ALL_SEGMENTS, row).searched(List.of(SPOT)));
        assertEquals(List.of("s.csv:7:2: plan_budget needs a plan search: set plan_search to all or to solution ids"),
                messages());
    }

    @Test
    void aPlanSearchOfAllCombinesTheChosenSolutionsAndOfIdsThoseInTheCellsOrder() {
        Solution automation = API.solution("automation").orElseThrow();
        assertEquals(List.of(SPOT, automation),
                columns(ALL_SEGMENTS, row("plan_search", "all")).searched(List.of(SPOT, automation)));
        assertEquals(List.of("automation", "spot-instances", "differentiation"),
                ids(columns(ALL_SEGMENTS, row("plan_search", "automation;spot-instances;differentiation"))
                        .searched(List.of())));
        assertEquals(List.of(), problems);
    }

    @Test
    void aPlanSearchOfOneSolutionIsReported() {
        assertNull(columns(ALL_SEGMENTS, row("plan_search", "automation")).searched(List.of()));
        assertEquals(List.of("s.csv:7:1: a plan search combines at least two solutions, got automation (list them, "
                + "or use all with a solutions column that runs two or more)"), messages());
    }

    @Test
    void aWrongIdInAPlanSearchIsReportedAloneThoughThePoolIsShort() {
        RowCells row = row("plan_search", "automation;automation;go-globl");
        assertNull(columns(ALL_SEGMENTS, row).searched(List.of()));
        assertEquals(List.of("s.csv:7:1: solution automation is listed twice",
                "s.csv:7:1: unknown solution 'go-globl'; did you mean 'go-global'? (expected all or some of: "
                        + String.join(", ", IDS) + ")"), messages());
    }

    private SolutionColumns columns(List<String> segments, RowCells row) {
        SolutionLibrary library = new SolutionLibrary(null, problems, p -> { }, UnaryOperator.identity());
        return SolutionColumns.of(row, API, segments, library, "base");
    }

    /** Hands column {@code c}, a {@code <solution>.<key>} column, to the solutions as the row's reader does. */
    private static boolean cell(SolutionColumns columns, RowCells row, int c) {
        String id = row.column(c);
        int dot = id.indexOf('.');
        return columns.override(c, id.substring(0, dot), id.substring(dot + 1), row.cell(c));
    }

    private static List<String> ids(List<Solution> solutions) {
        return solutions.stream().map(Solution::id).toList();
    }

    private RowCells row(String... columnsAndCells) {
        return RowFixture.row(file, problems, columnsAndCells);
    }

    private List<String> messages() {
        return RowFixture.messages(problems);
    }
}
