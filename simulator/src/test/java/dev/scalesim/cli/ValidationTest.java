package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.Cli;
import dev.scalesim.support.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input: each problem is one line {@code file:line:column: message} saying
 * what was expected (and the nearest valid id for a misspelt one), all problems of a file come
 * at once, the exit code is 2, there is no stack trace, and nothing is written: the {@code --out}
 * folder does not exist afterwards. {@code validate} reports the same lines.
 */
class ValidationTest {
    private static final String RUN = "scenario,model,months,trials,seed,challenges,solutions,plans";

    @TempDir
    Path dir;

    /** A file's problems from {@code run} (checked to write nothing) and {@code validate}. */
    private List<String> problems(Path file) {
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString(), "--no-charts");
        assertEquals(Main.BAD_INPUT, run.code(), run.printed());
        assertFalse(Files.exists(out), "nothing is written, not even the --out folder\n" + run.printed());
        assertEquals("", run.out(), run.printed());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace\n" + run.printed());
        List<String> lines = Arrays.asList(run.err().split("\n"));
        String last = lines.get(lines.size() - 1);
        int count = lines.size() - 1;
        assertEquals("scalesim: " + count + " problem" + (count == 1 ? "" : "s") + " in scenario input; nothing was run",
                last, run.printed());
        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(Main.BAD_INPUT, validate.code(), validate.printed());
        assertEquals(run.err(), validate.err(), "validate reports the same problems");
        return lines.subList(0, count);
    }

    private List<String> problems(String... lines) {
        return problems(Scenarios.write(dir, "bad.csv", lines));
    }

    /** {@code bad.csv:line:column: message}. */
    private String at(int line, int column, String message) {
        return dir.resolve("bad.csv") + ":" + line + ":" + column + ": " + message;
    }

    private static void assertProblems(List<String> actual, String... expected) {
        assertEquals(List.of(expected), actual);
    }

    @Test
    void churnAndProbabilitiesOutsideZeroOne() {
        assertProblems(problems(RUN + ",monthly_churn,free_conversion,payment_fees,early_churn",
                        "a,subscription-saas,12,100,1,all,all,,1.5,-0.1,120%,\"uniform(0.5,1.5)\""),
                at(2, 9, "monthly_churn must be in [0, 1], got 1.5 (fraction/month)"),
                at(2, 10, "free_conversion must be in [0, 1], got -0.1 (fraction/month)"),
                at(2, 11, "payment_fees must be in [0, 1], got 1.2 (fraction)"),
                at(2, 12, "early_churn must be in [0, 1], but uniform(0.5,1.5) ranges over [0.5, 1.5] (fraction/month)"));
    }

    @Test
    void unboundedDistributionsMustKeepTheirCentralNinetyPercentInRange() {
        assertProblems(problems(RUN + ",monthly_churn", "a,subscription-saas,12,100,1,all,all,,\"normal(0.02,0.05)\""),
                at(2, 9, "monthly_churn must be in [0, 1], but the central 90% of normal(0.02,0.05) is "
                        + "[-0.0622426812567, 0.102242681257] (fraction/month)"));
    }

    @Test
    void negativePricesCostsAndCac() {
        assertProblems(problems(RUN + ",price,cost_per_use,cac,fixed_costs,marketing_budget",
                        "a,subscription-saas,12,100,1,all,all,,-5,-0.01,-300,-$1k,-1",
                        "b,subscription-saas,12,100,1,all,all,,100,-1 to 2,0,0,0"),
                at(2, 9, "price must be in [0, unlimited), got -5 ($/month)"),
                at(2, 10, "cost_per_use must be in [0, unlimited), got -0.01 ($)"),
                at(2, 11, "cac must be in [0.01, unlimited), got -300 ($)"),
                at(2, 12, "fixed_costs must be in [0, unlimited), got -1000 ($/month)"),
                at(2, 13, "marketing_budget must be in [0, unlimited), got -1 ($/month)"),
                at(3, 10, "cost_per_use must be in [0, unlimited), but the central 90% of -1 to 2 is "
                        + "[-0.999999998342, 1.99999999834] ($)"),
                at(3, 11, "cac must be in [0.01, unlimited), got 0 ($)"));
    }

    @Test
    void nonFiniteNumbers() {
        assertProblems(problems(RUN + ",price,starting_cash,cac,fixed_costs",
                        "a,subscription-saas,12,100,1,all,all,,1e999,unlimited,\"normal(1e999,1)\",NaN"),
                at(2, 9, "price: expected a finite number, got '1e999'"),
                at(2, 10, "starting_cash must be a finite number, got unlimited ($)"),
                at(2, 11, "cac: normal: argument 1: expected a finite number, got '1e999'"),
                at(2, 12, "fixed_costs: expected a number such as 0.05, 5%, 50k, 1.2M or $1,200, a distribution such "
                        + "as pert(1%,2%,4%) or '300 to 900', got 'NaN'"));
    }

    @Test
    void standardDeviationsMustBePositive() {
        assertProblems(problems(RUN + ",price,cac", "a,subscription-saas,12,100,1,all,all,,\"normal(100,0)\",\"lognormal(500,-1)\""),
                at(2, 9, "price: normal(mean, sd): sd must be > 0, got 0"),
                at(2, 10, "cac: lognormal(mean, sd): sd must be > 0, got -1"));
    }

    @Test
    void minimumAboveMaximum() {
        assertProblems(problems(RUN + ",price,cac,monthly_churn,expansion",
                        "a,subscription-saas,12,100,1,all,all,,\"uniform(5,1)\",\"triangular(300,900,500)\","
                                + "\"pert(0.09,0.05,0.01)\",\"pert(1%;1%;1%)\""),
                at(2, 9, "price: uniform(min, max): min must be <= max, got 5 > 1"),
                at(2, 10, "cac: triangular(min, mode, max): mode must be <= max, got 900 > 500"),
                at(2, 11, "monthly_churn: pert(min, mode, max): min must be <= mode, got 0.09 > 0.05"),
                at(2, 12, "expansion: pert(min, mode, max): min must be < max, got 0.01 and 0.01"));
    }

    @Test
    void lowAboveHigh() {
        assertProblems(problems(RUN + ",fixed_costs,monthly_churn", "a,subscription-saas,12,100,1,all,all,,200k to 100k,5% to 5%"),
                at(2, 9, "fixed_costs: low to high: low must be < high, got 200000 and 100000"),
                at(2, 10, "monthly_churn: low to high: low must be < high, got 0.05 and 0.05"));
    }

    @Test
    void trialsAndMonthsOutOfRange() {
        assertProblems(problems(RUN,
                        "a,subscription-saas,0,100,1,all,all,",
                        "b,subscription-saas,12,0,1,all,all,",
                        "c,subscription-saas,241,100,1,all,all,",
                        "d,subscription-saas,12,1e9,1,all,all,",
                        "e,subscription-saas,-3,-5,-1,all,all,",
                        "f,subscription-saas,12.5,100.5,1.5,all,all,"),
                at(2, 3, "months must be a whole number in [1, 240], got '0'"),
                at(3, 4, "trials must be a whole number in [1, 100000000], got '0'"),
                at(4, 3, "months must be a whole number in [1, 240], got '241'"),
                at(5, 4, "trials must be a whole number in [1, 100000000], got '1e9'"),
                at(6, 3, "months must be a whole number in [1, 240], got '-3'"),
                at(6, 4, "trials must be a whole number in [1, 100000000], got '-5'"),
                at(6, 5, "seed must be a whole number in [0, 9223372036854775807], got '-1'"),
                at(7, 3, "months must be a whole number in [1, 240], got '12.5'"),
                at(7, 4, "trials must be a whole number in [1, 100000000], got '100.5'"),
                at(7, 5, "seed must be a whole number in [0, 9223372036854775807], got '1.5'"));
    }

    @Test
    void commandLineOverridesOutOfRange() {
        Path file = Scenarios.write(dir, "good.csv", RUN, "a,subscription-saas,12,100,1,all,all,");
        Path out = dir.resolve("out");
        String[][] cases = {
            {"--trials", "0", "scalesim: --trials must be in [1, 100000000], got 0"},
            {"--trials", "1000000000", "scalesim: --trials must be in [1, 100000000], got 1000000000"},
            {"--months", "0", "scalesim: --months must be in [1, 240], got 0"},
            {"--months", "241", "scalesim: --months must be in [1, 240], got 241"},
            {"--seed", "-1", "scalesim: --seed must be >= 0, got -1"},
            {"--threads", "0", "scalesim: --threads must be >= 1, got 0"}};
        for (String[] c : cases) {
            Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), c[0], c[1]);
            assertEquals(Main.BAD_INPUT, r.code(), r.printed());
            assertEquals(c[2] + "\n", r.err(), r.printed());
            assertFalse(Files.exists(out), "nothing written for " + c[0] + " " + c[1]);
        }
        Cli.Result notANumber = Cli.run("run", file.toString(), "--out", out.toString(), "--trials", "lots");
        assertEquals(Main.BAD_INPUT, notANumber.code(), notANumber.printed());
        assertEquals("scalesim: invalid value for option '--trials': 'lots' is not an int (scalesim run --help lists "
                + "the options)\n", notANumber.err(), notANumber.printed());
        assertFalse(Files.exists(out));
    }

    @Test
    void duplicateAndBlankScenarioNames() {
        assertProblems(problems(RUN,
                        "a,subscription-saas,12,100,1,all,all,",
                        ",subscription-saas,12,100,1,all,all,",
                        "a,subscription-saas,12,100,1,all,all,",
                        "   ,subscription-saas,12,100,1,all,all,",
                        "\"two",
                        "lines\",subscription-saas,12,100,1,all,all,"),
                at(3, 1, "blank scenario name: every row needs a unique name"),
                at(4, 1, "duplicate scenario name 'a' (first used on line 2); names must be unique"),
                at(5, 1, "blank scenario name: every row needs a unique name"),
                at(6, 1, "scenario names cannot contain line breaks or control characters"));
    }

    @Test
    void raggedRows() {
        String file = dir.resolve("bad.csv").toString();
        assertProblems(problems(RUN,
                        "a,subscription-saas,12,100,1,all,all",
                        "b,subscription-saas,12,100,1,all,all,,extra",
                        "c,subscription-saas,12,100,1,all,all,"),
                file + ":2: ragged row: 7 cells where the header has 8 (check for a missing or extra delimiter ',')",
                file + ":3: ragged row: 9 cells where the header has 8 (check for a missing or extra delimiter ',')");
    }

    @Test
    void unterminatedQuotes() {
        assertProblems(problems(RUN,
                        "a,subscription-saas,12,100,1,all,all,",
                        "b,subscription-saas,12,100,1,all,\"all,",
                        "c,subscription-saas,12,100,1,all,all,"),
                at(3, 7, "unterminated quote: this cell opens a quote that never closes (expected a closing \")"));
    }

    @Test
    void filesThatAreNotText() throws IOException {
        Path nul = dir.resolve("bad.csv");
        Files.write(nul, concat("scenario,model\na,subscription-saas\n".getBytes(StandardCharsets.UTF_8), new byte[] {0, 1, 2}));
        assertProblems(problems(nul),
                nul + ":3: not a text file: found a NUL byte at offset 35 (expected a UTF-8 CSV file)");
        // 0x81 is no character in UTF-8 (a continuation byte alone) nor in Windows-1252 (undefined)
        Path neither = dir.resolve("bad.csv");
        Files.write(neither, concat(concat("scenario,model\nk".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81}),
                "ln,subscription-saas\n".getBytes(StandardCharsets.US_ASCII)));
        assertProblems(problems(neither),
                neither + ":2: not UTF-8 or Windows-1252 text: invalid byte 0x81 at offset 16 (save the file as CSV UTF-8)");
        // UTF-8 fails at the 0xF6 of "köln" (Windows-1252 reads it), Windows-1252 at a later 0x8D
        Files.write(neither, concat(concat("scenario,model\nk\u00f6ln,".getBytes(StandardCharsets.ISO_8859_1), new byte[] {(byte) 0x8D}),
                "subscription-saas\n".getBytes(StandardCharsets.US_ASCII)));
        assertProblems(problems(neither), neither + ":2: not UTF-8 text: invalid byte 0xF6 at offset 16, nor "
                + "Windows-1252 (byte 0x8D at offset 20) (save the file as CSV UTF-8)");
    }

    @Test
    void aLineWithTooManyCells() {
        String file = dir.resolve("bad.csv").toString();
        assertProblems(problems("scenario,model", "a,subscription-saas", ",".repeat(10_000) + "x"),
                file + ":3: more than 10000 cells in a row (expected a scenario file: a header, then one row per "
                        + "scenario)");
        assertProblems(problems("scenario,model" + ",c".repeat(10_005), "a,subscription-saas"),
                file + ":1: more than 10000 cells in a row (expected a scenario file: a header, then one row per "
                        + "scenario)");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void unknownIdsSuggestTheNearestValidOne() {
        assertProblems(problems(RUN + ",monthly_chrun,segments",
                        "a,subscription-sass,12,100,1,all,all,,,",
                        "b,subscription-saas,12,100,1,rising-cak,customer-sucess,grow=faster-onboardin+customer-success,,smbb"),
                at(1, 9, "unknown column 'monthly_chrun': not a run column or a parameter of any model; "
                        + "did you mean 'monthly_churn'?"),
                at(2, 2, "unknown model 'subscription-sass'; did you mean 'subscription-saas'? (scalesim models lists them)"),
                at(3, 6, "unknown challenge 'rising-cak' for model subscription-saas; did you mean 'rising-cac'? "
                        + "(expected all, none or some of: rising-cac, freemium-churn, no-localization)"),
                at(3, 7, "unknown solution 'customer-sucess' for model subscription-saas; did you mean "
                        + "'customer-success'? (expected all, none or some of: faster-onboarding, customer-success, "
                        + "continuous-innovation, localization, automation, retention-program, partnerships, "
                        + "pricing-optimization, spend-policy, go-global)"),
                at(3, 8, "plan grow: unknown solution 'faster-onboardin' for model subscription-saas; did you mean "
                        + "'faster-onboarding'?"),
                at(3, 10, "unknown segment 'smbb' for model subscription-saas; did you mean 'smb'? (expected some of: smb)"));
    }

    @Test
    void anIdListedTwiceIsReportedInEveryListCell() {
        assertProblems(problems(RUN + ",segments,plan_search",
                        "a,api-access,12,100,1,heavy-usage;heavy-usage,automation;go-global;automation,,smb;smb,"
                                + "automation;go-global"),
                at(2, 6, "challenge 'heavy-usage' is listed twice"),
                at(2, 7, "solution 'automation' is listed twice"),
                at(2, 9, "segment 'smb' is listed twice"));
    }

    @Test
    void unknownQualifiedColumnsSuggestTheNearestValidOne() {
        assertProblems(problems(RUN + ",custmer-success.monthly_churn,customer-success.montly_churn,smb.prise,"
                        + "customer-success.start",
                        "a,subscription-saas,12,100,1,all,all,,0.8,0.8,100,0",
                        "b,subscription-saas,12,100,1,all,all,,0.8,0.8,100,1"),
                // wrong whatever the row: once, at the header
                at(1, 9, "unknown prefix 'custmer-success' in column 'custmer-success.monthly_churn': not a segment "
                        + "or a solution of any model; did you mean 'customer-success'?"),
                at(1, 11, "unknown column 'smb.prise': 'prise' is not a per-segment parameter of any model; did you "
                        + "mean 'price'?"),
                at(2, 10, "solution customer-success has no effect on 'montly_churn'; did you mean 'monthly_churn'? "
                        + "(expected one of: monthly_churn, expansion, success_load, start, ramp, one_time_cost, "
                        + "monthly_cost)"),
                at(2, 12, "customer-success.start must be a whole number in [1, 240], got '0'"),
                at(3, 10, "solution customer-success has no effect on 'montly_churn'; did you mean 'monthly_churn'? "
                        + "(expected one of: monthly_churn, expansion, success_load, start, ramp, one_time_cost, "
                        + "monthly_cost)"));
    }

    @Test
    void aValueASolutionSetsIsRangeCheckedInAScenarioCellAsInASolutionsFile() {
        assertProblems(problems(RUN + ",tiered-pricing.tier2_price,usage-pricing-smb.smb.price",
                        "a,api-access,12,100,1,all,all,,500,0",
                        "b,api-access,12,100,1,all,all,,0.95,-2"),
                at(2, 9, "tiered-pricing.tier2_price sets tier2_price: tier2_price must be in [0, 100], got 500"),
                at(3, 10, "usage-pricing-smb.smb.price sets smb.price: price must be in [0, unlimited), got -2"));
    }

    @Test
    void aSolutionCellForASegmentTheRowDoesNotSimulateIsReportedAsAPlainSegmentCellIs() {
        assertProblems(problems(RUN + ",segments,enterprise.price,usage-pricing-smb.smb.cac",
                        "a,api-access,12,100,1,all,all,,developers,5,0.5",
                        "b,api-access,12,100,1,all,all,,developers;smb,,0.5"),
                at(2, 10, "segment 'enterprise' is not active in this scenario (active: developers; add it to the "
                        + "segments column)"),
                at(2, 11, "usage-pricing-smb.smb.cac = 0.5: segment 'smb' is not active in this scenario (active: "
                        + "developers; add it to the segments column)"));
    }

    @Test
    void aMisspeltModelDoesNotHideTheRowsOtherProblems() {
        assertProblems(problems(RUN + ",cost_per_use,monthly_churn,smb.price,startng_cash",
                        "a,vertical-ai-sas,12,100,1,all,all,,uniform(5;1),150%,-3,1M",
                        "b,vertical-ai-sas,12,100,1,all,all,,1,1%,3,2M"),
                at(1, 12, "unknown column 'startng_cash': not a run column or a parameter of any model; did you mean "
                        + "'starting_cash'?"),
                at(2, 2, "unknown model 'vertical-ai-sas'; did you mean 'vertical-ai-saas'? (scalesim models lists them)"),
                at(2, 9, "cost_per_use: uniform(min, max): min must be <= max, got 5 > 1"),
                at(2, 10, "monthly_churn must be in [0, 1], got 1.5 (fraction/month)"),
                at(2, 11, "price must be in [0, unlimited), got -3 ($/month)"),
                at(3, 2, "unknown model 'vertical-ai-sas'; did you mean 'vertical-ai-saas'? (scalesim models lists them)"));
    }

    @Test
    void aMisspeltModelGivesNoFalseErrorForAChoicesName() {
        assertProblems(problems(RUN + ",billing,smb.billing", "a,api-acess,12,100,1,all,all,,annual,0.6"),
                at(2, 2, "unknown model 'api-acess'; did you mean 'api-access'? (scalesim models lists them)"),
                at(2, 10, "billing must be one of monthly | annual | annual-arrears, got '0.6' (a number picks a "
                        + "choice by its index, a whole number in [0, 2])"));
    }

    @Test
    void aCommentLineASpreadsheetQuotedIsStillAComment() throws IOException {
        Path file = dir.resolve("quoted.csv");
        // what Excel or LibreOffice write when they re-save a comment holding the delimiter
        Files.writeString(file, "\"# licences from $50,000/year, billed yearly\",,,,\n"
                + "scenario,model,months,trials,solutions\n"
                + "\"# a comment, between rows\",,,,\n"
                + "fine,subscription-saas,6,50,none\n", StandardCharsets.UTF_8);
        Cli.Result ok = Cli.run("validate", file.toString());
        assertEquals(Main.OK, ok.code(), ok.printed());
        assertTrue(ok.out().startsWith("ok  " + file + ":4  fine  (subscription-saas, 1 arms"), ok.printed());
        Path semicolons = dir.resolve("semicolons.csv");
        Files.writeString(semicolons, "\"# a, b, c\";;\nscenario;model;trials\nfine;subscription-saas;50\n",
                StandardCharsets.UTF_8);
        Cli.Result semi = Cli.run("validate", semicolons.toString());
        assertEquals(Main.OK, semi.code(), "the delimiter is read from the header, not the quoted comment: "
                + semi.printed());
    }

    @Test
    void aParameterOfASwitchedOffChallengeMustBeBlank() {
        assertProblems(problems(RUN + ",cac_growth,early_churn,market_size",
                        "a,subscription-saas,12,100,1,none,all,,10%,,",
                        "b,subscription-saas,12,100,1,rising-cac,all,,20%,5%,50k",
                        "c,subscription-saas,12,100,1,all,all,,20%,5%,50k"),
                at(2, 9, "cac_growth belongs to challenge rising-cac, which the challenges column switches off; "
                        + "leave the cell blank or keep the challenge on"),
                at(3, 10, "early_churn belongs to challenge freemium-churn, which the challenges column switches off; "
                        + "leave the cell blank or keep the challenge on"),
                at(3, 11, "market_size belongs to challenge no-localization, which the challenges column switches off; "
                        + "leave the cell blank or keep the challenge on"));
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        Path first = Scenarios.write(dir, "first.csv", RUN + ",price,bogus_column",
                "a,subscription-saas,0,100,1,all,all,,-1,",
                "b,subscription-saas,12,100,1,all,nope,,\"pert(3,2,1)\",",
                "a,subscription-saas,12,100,1,all,all,,1,");
        Path second = Scenarios.write(dir, "second.csv", RUN, "x,no-such-model,12,100,1,all,all,");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", first.toString(), second.toString(), "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.printed());
        assertFalse(Files.exists(out));
        assertEquals(String.join("\n",
                first + ":1:10: unknown column 'bogus_column': not a run column or a parameter of any model",
                first + ":2:3: months must be a whole number in [1, 240], got '0'",
                first + ":2:9: price must be in [0, unlimited), got -1 ($/month)",
                first + ":3:7: unknown solution 'nope' for model subscription-saas (expected all, none or some of: "
                        + "faster-onboarding, customer-success, continuous-innovation, localization, automation, "
                        + "retention-program, partnerships, pricing-optimization, spend-policy, go-global)",
                first + ":3:9: price: pert(min, mode, max): min must be <= mode, got 3 > 2",
                first + ":4:1: duplicate scenario name 'a' (first used on line 2); names must be unique",
                second + ":2:2: unknown model 'no-such-model' (scalesim models lists them)",
                "scalesim: 7 problems in scenario input; nothing was run", ""), r.err());
    }

    @Test
    void aGoodFileNextToABadOneWritesNothing() {
        Path good = Scenarios.write(dir, "good.csv", RUN, "a,subscription-saas,12,100,1,all,all,");
        Path bad = Scenarios.write(dir, "bad.csv", RUN, "b,subscription-saas,12,100,1,all,all,,extra");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", good.toString(), bad.toString(), "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.printed());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingFile() {
        Path missing = dir.resolve("missing.csv");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", missing.toString(), "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.printed());
        assertEquals("scalesim: " + missing + ": no such file or folder\n", r.err());
        assertFalse(Files.exists(out));
        Cli.Result v = Cli.run("validate", missing.toString());
        assertEquals(Main.BAD_INPUT, v.code(), v.printed());
        assertEquals("scalesim: " + missing + ": no such file or folder\n", v.err());
    }

    @Test
    void semicolonsBomCommentsAndMultiLineCellsKeepLineNumbers() throws IOException {
        // Line 1 a comment, 2 the header, 3 blank, 4-6 a row with a three-line quoted name, 7 a
        // comment, 8 a row with a decimal comma (Excel in many locales) read as 5.5, CRLF line ends, a BOM,
        // and no line end after the last row.
        String text = "\uFEFF# ; delimited, as Excel saves it in many locales\r\n"
                + "scenario;model;months;trials;seed;price;monthly_churn\r\n"
                + "\r\n"
                + "\"three\r\nline\r\nname\";subscription-saas;12;100;1;-1;\"pert(1%;2%;3%)\"\r\n"
                + "# a comment between rows\r\n"
                + "ok;subscription-saas;12;100;1;100;5,5"; // a decimal comma in a ';' file: 5.5, out of range
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertProblems(problems(file),
                at(4, 1, "scenario names cannot contain line breaks or control characters"),
                at(4, 6, "price must be in [0, unlimited), got -1 ($/month)"),
                at(8, 7, "monthly_churn must be in [0, 1], got 5.5 (fraction/month)"));
    }

    @Test
    void aValidSemicolonFileWithBomAndCommentsRuns() throws IOException {
        Path file = dir.resolve("good.csv");
        Files.writeString(file, "\uFEFF# comment\nscenario;model;months;trials;price;monthly_churn;solutions\n"
                + "# another\n\"multi\nword\";subscription-saas;6;50;$1,200;\"pert(1%;2%;3%)\";none\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(Main.BAD_INPUT, r.code(), "a name with a line break is refused: " + r.printed());
        Files.writeString(file, "\uFEFF# comment\nscenario;model;months;trials;price;monthly_churn;solutions\n"
                + "# another\nfine;subscription-saas;6;50;$1,200;\"pert(1%;2%;3%)\";none\n", StandardCharsets.UTF_8);
        Cli.Result ok = Cli.run("validate", file.toString());
        assertEquals(Main.OK, ok.code(), ok.printed());
        assertTrue(ok.out().startsWith("ok  " + file + ":4  fine  (subscription-saas, 1 arms, 6 months, 50 trials, seed 1)"),
                ok.printed());
    }
}
