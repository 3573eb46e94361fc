package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.scenario.Limit;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Repo;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs beyond the limits (issue 18): a clear message naming the limit, exit 2, a short prefix
 * of a cell at most; and solutions checked like scenario cells.
 */
class HostileInputsTest {
    private static final String HEADER = "scenario,model,months,trials,price";

    @TempDir
    Path dir;

    private Cli.Result validate(String... lines) throws Exception {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return Cli.run("validate", file.toString());
    }

    private static void assertBadInput(Cli.Result r, String mention) {
        assertEquals(Main.BAD_INPUT, r.code(), r.printed());
        assertTrue(r.err().contains(mention), "mentions " + mention + ": " + r.printed());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.printed());
        assertTrue(r.err().length() < 2_000, "a short message: " + r.err().length() + " characters");
    }

    @Test
    void aFileBeyondTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(100_000_001L); // sparse: no disk used
        }
        assertBadInput(Cli.run("validate", huge.toString()), "files of up to 100,000,000 bytes");
    }

    @Test
    void aLongCellIsQuotedByAShortPrefix() throws Exception {
        String cell = "9" + "x".repeat(200_000);
        assertBadInput(validate(HEADER, "a,subscription-saas,12,100," + cell), "s.csv:2:5: a cell of over 20,000 characters, beyond the limit of 10,000");
        assertBadInput(validate(HEADER, "a,subscription-saas,12,100," + "x".repeat(15_000)),
                "s.csv:2:5: a cell of 15,000 characters, beyond the limit of 10,000");
        String shorter = "9" + "x".repeat(5_000);
        Cli.Result r = validate(HEADER, "a,subscription-saas,12,100," + shorter);
        assertBadInput(r, "(5,001 characters)");
    }

    @Test
    void aLongScenarioNameIsRefused() throws Exception {
        assertBadInput(validate(HEADER, "n".repeat(5_000) + ",subscription-saas,12,100,50"), "longer than 200");
    }

    @Test
    void aForeignFileNamedAsSolutionsFileIsNotEchoed() throws Exception {
        Files.writeString(dir.resolve("id_rsa"), "-----BEGIN SECRET KEY-----,MIIEvQ\nabc,def\n");
        Cli.Result r = validate("scenario,model,solutions_file", "a,subscription-saas,id_rsa");
        assertBadInput(r, "not a solutions file");
        assertFalse(r.err().contains("SECRET"), r.printed());
    }

    @Test
    void numbersBeyondAnyBusinessQuantityAreRefused() throws Exception {
        assertBadInput(validate(HEADER, "a,subscription-saas,12,100,1e308"), "at most 1,000,000,000,000,000");
    }

    private Cli.Result solutions(String... rows) throws Exception {
        Files.writeString(dir.resolve("mine.csv"), "solution,param,op,size,when\n" + String.join("\n", rows) + "\n");
        return validate("scenario,model,solutions_file,solutions", "a,subscription-saas,mine.csv,all");
    }

    @Test
    void solutionsAreCheckedLikeScenarioCells() throws Exception {
        assertBadInput(solutions("baseline,price,scale,1.1,"), "solution id 'baseline'");
        assertBadInput(solutions("churny,monthly_churn,set,5,"), "monthly_churn must be in [0, 1]");
        assertBadInput(solutions("cheap,price,set,-5,"), "price must be in");
        assertBadInput(solutions("huge,price,scale,1e308,"), "at most 1,000,000,000,000,000");
        Cli.Result both = solutions("two,Bad Param,scale,1.1,cash < 1e999");
        assertBadInput(both, "must be a parameter id");
        assertTrue(both.err().contains("when:"), "the when error is not hidden behind the param error: "
                + both.printed());
    }

    @Test
    void theReadmeListsEveryLimitWithItsValue() throws Exception {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        for (Limit l : Limit.table()) {
            assertTrue(readme.contains("| " + l.label() + " | " + l.text() + " " + l.unit() + " |"),
                    "README's limits table lists " + l.label() + " = " + l.text() + " " + l.unit());
        }
    }
}
