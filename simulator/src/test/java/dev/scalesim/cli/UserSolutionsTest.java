package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users' own solutions from CSV, end to end through the command line. */
class UserSolutionsTest {
    private static final String SOLUTIONS = String.join("\n",
            "# two solutions of my own",
            "solution,title,target,param,op,size,start,ramp,when,one_time_cost,monthly_cost",
            "upsell-bot,Premium bot upsell,arr_end,price,scale,\"pert(1.05,1.1,1.2)\",3,6,,50k,5k",
            "upsell-bot,,,monthly_churn,scale,pert(0.9;0.95;1),3,6,,,",
            "brake,Brake ads while payback is slow,cash_min,marketing_budget,set,0,1,0,cac_payback > 12,,",
            "");

    private static final String HEADER = "scenario,model,months,trials,seed,solutions_file,solutions,plans,upsell-bot.price\n";

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void solutionsFromAFileRunAsArmsAndPlansWithOverrides(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.csv"), SOLUTIONS);
        Files.writeString(dir.resolve("s.csv"), HEADER
                + "a,subscription-saas,12,200,3,mine.csv,upsell-bot;brake;customer-success,"
                + "\"both=upsell-bot+customer-success\",pert(1.2;1.25;1.3)\n");
        Run run = cli("run", dir.resolve("s.csv").toString(), "--out", dir.resolve("out").toString(), "--no-charts",
                "--quiet");
        assertEquals(Main.OK, run.code(), run.err());
        List<String> solutions = Files.readAllLines(dir.resolve("out/a/solutions.csv"));
        for (String arm : List.of("upsell-bot", "brake", "customer-success", "plan:both")) {
            assertTrue(solutions.stream().anyMatch(l -> l.startsWith("a," + arm + ",arr_end,")), arm);
        }
        String manifest = Files.readString(dir.resolve("out/a/manifest.json"));
        assertTrue(manifest.contains("price scale pert(1.2,1.25,1.3) from month 3 over 6 months"), manifest);
        // gson escapes '>' in JSON strings
        assertTrue(manifest.contains("marketing_budget set 0 while cac_payback \\u003e 12"), manifest);
        assertTrue(Files.exists(dir.resolve("out/a/ledger.csv")));
    }

    @Test
    void theSolutionsOptionGivesEveryScenarioTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.csv"), SOLUTIONS);
        Files.writeString(dir.resolve("s.csv"), "scenario,model,months,trials,solutions,plans\n"
                + "a,subscription-saas,6,100,all,\"p=upsell-bot+brake\"\n"
                + "b,vertical-ai-saas,6,100,upsell-bot,\n");
        Run validate = cli("validate", dir.resolve("s.csv").toString(), "--solutions", dir.resolve("mine.csv").toString());
        assertEquals(Main.OK, validate.code(), validate.err());
        assertTrue(validate.out().contains("a  (subscription-saas, 14 arms"), validate.out());
        Run missing = cli("validate", dir.resolve("s.csv").toString(), "--solutions", dir.resolve("nope.csv").toString());
        assertEquals(Main.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("--solutions") && missing.err().contains("no such file"), missing.err());
    }

    @Test
    void mistakesInASolutionsFileArePointedAtCellByCell(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.csv"), String.join("\n",
                "solution,param,op,size,when,monthly_cost",
                "ok-one,price,scale,1.1,,",
                "typo,prise,scale,1.1,,",
                "bad-op,price,multiply,1.1,,",
                "bad-size,price,scale,pert(3;2;1),,",
                "bad-when,price,scale,1.1,cash is low,",
                "bad-metric,price,scale,1.1,cac_paybak > 3,",
                "Bad Id,price,scale,1.1,,",
                "customer-success,price,scale,1.1,,",
                "neg-cost,price,scale,1.1,,-5",
                "endless-cost,price,scale,1.1,,unlimited",
                ""));
        Files.writeString(dir.resolve("s.csv"), "scenario,model,months,trials,solutions_file\n"
                + "a,subscription-saas,6,100,bad.csv\n");
        Path out = dir.resolve("out");
        Run run = cli("run", dir.resolve("s.csv").toString(), "--out", out.toString(), "--no-charts");
        assertEquals(Main.BAD_INPUT, run.code());
        String bad = dir.resolve("bad.csv").toString();
        String err = run.err();
        assertTrue(err.contains(bad + ":4:3: op must be one of scale, add, set, got 'multiply'"), err);
        assertTrue(err.contains(bad + ":5:4: size: pert(min, mode, max)"), err);
        assertTrue(err.contains(bad + ":6:5: when must be a rule"), err);
        assertTrue(err.contains(bad + ":8:1: solution id 'Bad Id'"), err);
        assertTrue(err.contains(bad + ":10:6: monthly_cost must be a cost >= 0"), err);
        assertTrue(err.contains(bad + ":11:6: monthly_cost must be a finite amount >= 0 (a cost cannot be unlimited), "
                + "got unlimited"), err);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void modelChecksNameTheScenarioAndSuggestTheNearestId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.csv"), String.join("\n",
                "solution,param,op,size,when",
                "typo,prise,scale,1.1,",
                "bad-metric,price,scale,1.1,cac_paybak > 3",
                "customer-success,price,scale,1.1,",
                "nosegment,whale.price,scale,1.1,",
                ""));
        Files.writeString(dir.resolve("s.csv"), "scenario,model,months,trials,solutions_file\n"
                + "a,subscription-saas,6,100,bad.csv\nb,subscription-saas,6,100,missing.csv\n");
        Run run = cli("validate", dir.resolve("s.csv").toString());
        assertEquals(Main.BAD_INPUT, run.code());
        String bad = dir.resolve("bad.csv").toString();
        String err = run.err();
        assertTrue(err.contains(bad + ":2:2: 'prise' is not a parameter of model subscription-saas; did you mean 'price'?"), err);
        assertTrue(err.contains("(scenario 'a', model subscription-saas)"), err);
        assertTrue(err.contains(bad + ":3:5: 'cac_paybak' is not a monthly metric of model subscription-saas; "
                + "did you mean 'cac_payback'?"), err);
        assertTrue(err.contains(bad + ":4:1: solution id 'customer-success' is already a solution of model subscription-saas"), err);
        assertTrue(err.contains(bad + ":5:2: unknown segment 'whale'"), err);
        assertTrue(err.contains(dir.resolve("s.csv") + ":3:5: no such solutions file 'missing.csv'"), err);
    }
}
