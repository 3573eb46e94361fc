package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Param;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Default;
import dev.scalesim.stats.Distribution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model columns of a row on api-access (segments developers, smb, enterprise): the
 * {@code segments} cell, which parameter a {@code param} or {@code segment.param} cell sets and
 * to what, the order values resolve in, choices, switched-off challenges, and each problem's
 * exact text and cell.
 */
class ParameterColumnsTest {
    private static final Path FILE = Path.of("s.csv");
    private static final BusinessModel API = Catalog.find("api-access").orElseThrow();
    private static final List<String> ALL_SEGMENTS = List.of("developers", "smb", "enterprise");
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void aBlankSegmentsCellIsTheModelsDefaultsAndAListKeepsTheCellsOrder() {
        assertEquals(ALL_SEGMENTS, ParameterColumns.segments(row("segments", ""), API));
        assertEquals(List.of("enterprise", "smb"), ParameterColumns.segments(row("segments", "enterprise; smb"), API));
        assertEquals(List.of(), problems);
    }

    @Test
    void anUnknownOrRepeatedSegmentIsReportedAndLeftOut() {
        List<String> segments = ParameterColumns.segments(row("model", "api-access", "segments", "smb;smbb;smb"), API);
        assertEquals(List.of("smb"), segments);
        assertEquals(List.of("s.csv:7:2: unknown segment 'smbb' for model api-access; did you mean 'smb'? "
                + "(expected some of: developers, smb, enterprise)", "s.csv:7:2: segment 'smb' is listed twice"),
                messages());
    }

    @Test
    void aParamCellSetsThatParameterInEverySegment() {
        List<Param> params = read(ALL_SEGMENTS, row("price", "49")).params(List.of());
        for (String segment : ALL_SEGMENTS) {
            Param p = param(params, segment + ".price");
            assertEquals(Distribution.constant(49), p.value(), segment);
            assertEquals(segment, p.segment());
            assertEquals("scenario column price", p.origin());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aSegmentCellWinsOverTheParamCellForThatSegmentOnly() {
        ParameterColumns columns = read(ALL_SEGMENTS, row("price", "49", "smb.price", "pert(10, 20, 30)"));
        List<Param> params = columns.params(List.of());
        assertEquals(new Distribution.Pert(10, 20, 30), param(params, "smb.price").value());
        assertEquals("scenario column smb.price", param(params, "smb.price").origin());
        assertEquals(Distribution.constant(49), param(params, "enterprise.price").value());
        assertTrue(columns.sets("smb.price"));
        assertTrue(columns.sets("price"));
        assertFalse(columns.sets("enterprise.price"), "enterprise takes the price cell, it has none of its own");
        assertEquals(List.of(), problems);
    }

    @Test
    void aBusinessWideCellIsOneParamAndAnUnsetOneIsTheModelsDefault() {
        List<Param> params = read(ALL_SEGMENTS, row("starting_cash", "2M")).params(List.of());
        Param cash = param(params, "starting_cash");
        assertNull(cash.segment());
        assertEquals(Distribution.constant(2e6), cash.value());
        assertEquals("scenario column starting_cash", cash.origin());
        Param fees = param(params, "payment_fees");
        Default d = API.defaultFor(null, "payment_fees");
        assertEquals(d.value(), fees.value());
        assertEquals("default: " + d.source(), fees.origin());
        assertEquals(1, params.stream().filter(p -> p.id().equals("starting_cash")).count());
    }

    @Test
    void perSegmentParamsAreListedOncePerActiveSegment() {
        List<Param> params = read(List.of("smb"), row("segments", "smb")).params(List.of());
        assertEquals(List.of("smb.price"), params.stream().map(Param::id).filter(id -> id.endsWith(".price")).toList());
        Default d = API.defaultFor("smb", "price");
        assertEquals(d.value(), param(params, "smb.price").value());
        assertEquals("default: " + d.source(), param(params, "smb.price").origin());
    }

    @Test
    void rangesAndDistributionsAreReadAsTheirDistribution() {
        List<Param> params = read(ALL_SEGMENTS, row("monthly_churn", "0.01 to 0.03", "smb.cac",
                "uniform(100, 300)", "enterprise.cac", "lognormal(5k, 1k)")).params(List.of());
        assertEquals(new Distribution.Interval90(0.01, 0.03), param(params, "developers.monthly_churn").value());
        assertEquals(new Distribution.Uniform(100, 300), param(params, "smb.cac").value());
        assertEquals(new Distribution.LogNormal(5000, 1000), param(params, "enterprise.cac").value());
        assertEquals(List.of(), problems);
    }

    @Test
    void aChoiceIsWrittenByItsNameInAnyCaseOrByItsIndex() {
        List<Param> params = read(ALL_SEGMENTS, row("billing", "2", "smb.billing", "Annual")).params(List.of());
        assertEquals(Distribution.constant(1), param(params, "smb.billing").value());
        assertEquals(Distribution.constant(2), param(params, "developers.billing").value());
        assertEquals(List.of(), problems);
    }

    @Test
    void anUnknownChoiceIsReportedWithTheNearestName() {
        ParameterColumns columns = read(ALL_SEGMENTS, row("model", "api-access", "smb.billing", "anual"));
        assertFalse(columns.sets("smb.billing"));
        assertEquals(List.of("s.csv:7:2: billing must be one of monthly | annual | annual-arrears, got 'anual'; "
                + "did you mean 'annual'?"), messages());
    }

    @Test
    void aChoiceByIndexTakesAnyWayOfWritingAnExactWholeNumber() {
        List<Param> params = read(ALL_SEGMENTS, row("developers.billing", "1.0", "smb.billing", "100%",
                "enterprise.billing", "-0")).params(List.of());
        assertEquals(Distribution.constant(1), param(params, "developers.billing").value());
        assertEquals(Distribution.constant(1), param(params, "smb.billing").value());
        assertEquals(Distribution.constant(0), param(params, "enterprise.billing").value());
        assertEquals(List.of(), problems);
    }

    @Test
    void aFractionOrAnIndexOutOfRangeIsNoChoice() {
        ParameterColumns columns = read(ALL_SEGMENTS, row("smb.billing", "0.6", "developers.billing", "3",
                "enterprise.billing", "-1", "billing", "1e999"));
        for (String id : List.of("smb.billing", "developers.billing", "enterprise.billing", "billing")) {
            assertFalse(columns.sets(id), id);
        }
        String choices = "billing must be one of monthly | annual | annual-arrears, got ";
        String index = " (a number picks a choice by its index, a whole number in [0, 2])";
        assertEquals(List.of("s.csv:7:1: " + choices + "'0.6'" + index, "s.csv:7:2: " + choices + "'3'" + index,
                "s.csv:7:3: " + choices + "'-1'" + index, "s.csv:7:4: " + choices + "'1e999'" + index), messages());
    }

    @Test
    void aRangeOrDistributionIsNoChoice() {
        ParameterColumns columns = read(ALL_SEGMENTS, row("smb.billing", "pert(0, 1, 2)", "billing", "0 to 2"));
        assertFalse(columns.sets("smb.billing"));
        assertFalse(columns.sets("billing"));
        String choices = "billing must be one of monthly | annual | annual-arrears, got ";
        String why = " (a choice is one name: it cannot be a range or a distribution)";
        assertEquals(List.of("s.csv:7:1: " + choices + "'pert(0, 1, 2)'" + why,
                "s.csv:7:2: " + choices + "'0 to 2'" + why), messages());
    }

    @Test
    void anUnknownColumnIsReportedWithTheNearestParameter() {
        read(ALL_SEGMENTS, row("model", "api-access", "prce", "49"));
        assertEquals(List.of("s.csv:7:2: 'prce' is not a parameter of model api-access; did you mean 'price'? "
                + "(scalesim describe api-access)"), messages());
    }

    @Test
    void aBadNumberIsReportedNamingTheColumnAndLeavesTheDefault() {
        ParameterColumns columns = read(ALL_SEGMENTS, row("model", "api-access", "price", "12,5"));
        assertFalse(columns.sets("price"));
        assertEquals(List.of("s.csv:7:2: price: expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, "
                + "a distribution such as pert(1%,2%,4%) or '300 to 900', got '12,5' "
                + "(use '.' as the decimal separator)"), messages());
    }

    @Test
    void aValueOutOfRangeIsReportedWithTheRangeAndUnit() {
        ParameterColumns columns = read(ALL_SEGMENTS, row("monthly_churn", "1.5", "smb.monthly_churn",
                "uniform(0.5, 1.2)"));
        assertFalse(columns.sets("monthly_churn"));
        assertFalse(columns.sets("smb.monthly_churn"));
        assertEquals(List.of("s.csv:7:1: monthly_churn must be in [0, 1], got 1.5 (fraction/month)",
                "s.csv:7:2: monthly_churn must be in [0, 1], but uniform(0.5,1.2) ranges over [0.5, 1.2] "
                        + "(fraction/month)"), messages());
    }

    @Test
    void aCellForASegmentTheRowDoesNotSimulateIsReported() {
        read(List.of("smb"), row("segments", "smb", "enterprise.price", "5"));
        assertEquals(List.of("s.csv:7:2: segment 'enterprise' is not active in this scenario (active: smb; "
                + "add it to the segments column)"), messages());
    }

    @Test
    void aSegmentPrefixOnABusinessWideParameterIsReported() {
        read(ALL_SEGMENTS, row("smb.starting_cash", "1M", "smb.prise", "5"));
        assertEquals(List.of("s.csv:7:1: 'starting_cash' is not a per-segment parameter of model api-access",
                "s.csv:7:2: 'prise' is not a per-segment parameter of model api-access; did you mean 'price'?"),
                messages());
    }

    @Test
    void aSolutionsColumnIsHandedToThePrefixesAndSetsNoParameter() {
        Solutions solutions = new Solutions();
        ParameterColumns columns = ParameterColumns.read(row("price", "49", "spot-instances.start", "3"), API,
                ALL_SEGMENTS, solutions);
        assertEquals(List.of("1 spot-instances start 3"), solutions.seen);
        assertFalse(columns.sets("spot-instances.start"));
        assertEquals(List.of(), problems);
    }

    @Test
    void anUnknownPrefixIsReportedWithTheNearestSegmentOrSolution() {
        ParameterColumns.read(row("model", "api-access", "spot-instance.start", "3", "smbb.price", "5"), API,
                ALL_SEGMENTS, new Solutions());
        assertEquals(List.of("s.csv:7:2: unknown prefix 'spot-instance' in column 'spot-instance.start': expected a "
                + "segment or a solution of model api-access; did you mean 'spot-instances'?",
                "s.csv:7:3: unknown prefix 'smbb' in column 'smbb.price': expected a segment or a solution of "
                        + "model api-access; did you mean 'smb'?"), messages());
    }

    @Test
    void aSwitchedOffChallengeSetsItsNeutralValueInEverySegment() {
        ParameterColumns columns = read(ALL_SEGMENTS, row("challenges", "heavy-usage"));
        List<String> off = columns.challengesOff();
        assertEquals(List.of("price-wars", "enterprise-dependency"), off);
        List<Param> params = columns.params(off);
        assertEquals(Distribution.constant(0), param(params, "price_war_rate").value());
        assertEquals("challenge price-wars switched off", param(params, "price_war_rate").origin());
        for (String segment : ALL_SEGMENTS) {
            assertEquals(Distribution.constant(50), param(params, segment + ".deal_size_tail").value(), segment);
            assertEquals("challenge enterprise-dependency switched off",
                    param(params, segment + ".deal_size_tail").origin());
        }
        assertEquals(API.defaultFor("smb", "usage_dispersion").value(),
                param(params, "smb.usage_dispersion").value(), "heavy-usage is on");
        assertEquals(List.of(), problems);
    }

    @Test
    void aCellOfASwitchedOffChallengesParameterIsReported() {
        ParameterColumns columns = read(ALL_SEGMENTS, row("challenges", "none", "price", "49",
                "smb.usage_dispersion", "1", "price_war_rate", "3"));
        assertEquals(List.of("heavy-usage", "price-wars", "enterprise-dependency"), columns.challengesOff());
        assertEquals(List.of("s.csv:7:3: smb.usage_dispersion belongs to challenge heavy-usage, which the challenges "
                + "column switches off; leave the cell blank or keep the challenge on",
                "s.csv:7:4: price_war_rate belongs to challenge price-wars, which the challenges column switches "
                        + "off; leave the cell blank or keep the challenge on"), messages());
    }

    @Test
    void withoutAModelSyntaxAndRangesEveryModelRefusesAreStillReported() {
        ParameterColumns.withoutModel(row("model", "api-acess", "monthly_churn", "2", "smb.price", "cheap",
                "nonsense", "3", "months", "x"));
        assertEquals(List.of("s.csv:7:2: monthly_churn must be in [0, 1], got 2 (fraction/month)",
                "s.csv:7:3: smb.price: expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, a distribution "
                        + "such as pert(1%,2%,4%) or '300 to 900', got 'cheap'"), messages());
    }

    @Test
    void withoutAModelAChoicesNameIsNoWrongNumberAndOtherChoiceCellsAreCheckedAsWithOne() {
        ParameterColumns.withoutModel(row("model", "api-acess", "billing", "annual", "smb.billing", "Annual-Arrears",
                "enterprise.billing", "1", "developers.billing", "0.6", "midmarket.billing", "anual"));
        assertEquals(List.of("s.csv:7:5: billing must be one of monthly | annual | annual-arrears, got '0.6' "
                + "(a number picks a choice by its index, a whole number in [0, 2])",
                "s.csv:7:6: billing must be one of monthly | annual | annual-arrears, got 'anual'; did you mean "
                        + "'annual'?"), messages());
    }

    @Test
    void withoutAModelASolutionsSizeIsNotCheckedAsTheParametersValue() {
        ParameterColumns.withoutModel(row("model", "subscription-sas", "customer-success.monthly_churn", "1.5",
                "smb.monthly_churn", "1.5", "customer-success.expansion", "lots"));
        assertEquals(List.of("s.csv:7:3: monthly_churn must be in [0, 1], got 1.5 (fraction/month)",
                "s.csv:7:4: customer-success.expansion: expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, "
                        + "a distribution such as pert(1%,2%,4%) or '300 to 900', got 'lots'"), messages());
    }

    private ParameterColumns read(List<String> segments, RowCells row) {
        return ParameterColumns.read(row, API, segments, new Solutions());
    }

    private static Param param(List<Param> params, String id) {
        return params.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no param " + id));
    }

    private RowCells row(String... columnsAndCells) {
        return RowFixture.row(FILE, problems, columnsAndCells);
    }

    private List<String> messages() {
        return RowFixture.messages(problems);
    }

    /** The row's solutions as {@link SolutionColumns} would see them: spot-instances only, each cell recorded. */
    private static final class Solutions implements ParameterColumns.Prefixes {
        private final List<String> seen = new ArrayList<>();

        @Override
        public boolean override(int column, String prefix, String key, String text) {
            if (!prefix.equals("spot-instances")) {
                return false;
            }
            seen.add(column + " " + prefix + " " + key + " " + text);
            return true;
        }

        @Override
        public List<String> ids() {
            return List.of("spot-instances");
        }
    }
}
