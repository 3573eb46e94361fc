package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Challenge;
import dev.scalesim.model.Default;
import dev.scalesim.model.Segment;
import dev.scalesim.model.Solution;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands besides {@code run}, as a user types them, and the README's example file. */
class CommandsTest {
    @Test
    void version() {
        Cli.Result r = Cli.run("--version");
        assertEquals(Main.OK, r.code(), r.printed());
        assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), "the build fills in the version: " + Version.get());
        assertTrue(r.out().startsWith("scalesim " + Version.get() + "\n"), r.printed());
        assertEquals(r.out(), Cli.run("-V").out());
    }

    @Test
    void helpListsEveryCommandAndRunItsFlags() {
        Cli.Result r = Cli.run("--help");
        assertEquals(Main.OK, r.code(), r.printed());
        for (String command : List.of("run", "validate", "models", "describe", "new")) {
            assertTrue(r.out().contains("\n  " + command + " "), command + "\n" + r.printed());
        }
        Cli.Result run = Cli.run("run", "--help");
        assertEquals(Main.OK, run.code(), run.printed());
        for (String flag : List.of("--out", "--trials", "--seed", "--months", "--threads", "--no-charts", "--resume",
            "--quiet")) {
            assertTrue(run.out().contains(flag), flag + "\n" + run.printed());
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(Main.BAD_INPUT, r.code(), r.printed());
        assertTrue(r.err().startsWith("scalesim: missing command"), r.printed());
        assertTrue(r.err().contains("Usage: scalesim"), r.printed());
        assertEquals("", r.out(), r.printed());
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        Cli.Result r = Cli.run("simulate");
        assertEquals(Main.BAD_INPUT, r.code(), r.printed());
        assertEquals("scalesim: unmatched argument at index 0: 'simulate'; did you mean 'validate'? (scalesim --help lists the commands and "
                + "options)\n", r.err(), r.printed());
        Cli.Result flag = Cli.run("models", "--fast");
        assertEquals(Main.BAD_INPUT, flag.code(), flag.printed());
        assertEquals("scalesim: unknown option: '--fast' (scalesim models --help lists the options)\n", flag.err(),
                flag.printed());
        Cli.Result typo = Cli.run("run", "x.csv", "--trails", "10");
        assertEquals(Main.BAD_INPUT, typo.code(), typo.printed());
        assertEquals("scalesim: unknown option: '--trails'; did you mean '--trials'? (scalesim run --help lists the "
                + "options)\n", typo.err(), typo.printed());
        assertEquals("", typo.out(), "one line on stderr, in the style of every other message");
    }

    @Test
    void modelsListsEveryModelOnePerLine() {
        Cli.Result r = Cli.run("models");
        assertEquals(Main.OK, r.code(), r.printed());
        List<String> lines = r.out().lines().toList();
        assertEquals(Catalog.models().size(), lines.size(), r.printed());
        for (int i = 0; i < lines.size(); i++) {
            BusinessModel m = Catalog.models().get(i);
            assertTrue(lines.get(i).matches(Pattern.quote(m.id()) + " +" + Pattern.quote(m.title()) + ": .+"), lines.get(i));
        }
    }

    @Test
    void describeListsEveryParameterWithDefaultAndSourceEveryChallengeAndSolution() {
        BusinessModel m = Catalog.find("subscription-saas").orElseThrow();
        Cli.Result r = Cli.run("describe", m.id());
        assertEquals(Main.OK, r.code(), r.printed());
        String out = r.out();
        for (ParamDef p : m.params()) {
            assertTrue(out.contains("\n  " + p.id() + "  [" + p.unit().label() + ", valid " + p.range()), p.id());
            assertTrue(out.contains("      " + p.meaning() + "\n"), p.id() + " meaning");
            if (p.perSegment()) {
                for (Segment s : m.segments()) {
                    assertDefault(out, s.id() + ": ", m.defaultFor(s.id(), p.id()), p);
                }
            } else {
                assertDefault(out, "", m.defaultFor(null, p.id()), p);
            }
        }
        for (Challenge c : m.challenges()) {
            assertTrue(out.contains("\n  " + c.id() + ": " + c.title() + "\n      how: " + c.mechanism() + "\n"), c.id());
        }
        for (Solution s : m.solutions()) {
            assertTrue(out.contains("\n  " + s.id() + ": " + s.title() + " (meant to move " + s.target() + ")\n"), s.id());
            for (Effect e : s.effects()) {
                assertTrue(out.contains("      " + e.describe() + "\n"), s.id() + ": " + e.describe());
            }
            assertTrue(out.contains("      costs: one-time " + s.oneTimeCost().expression() + ", monthly "
                    + s.monthlyCost().expression() + ", from month " + s.start() + "\n"), s.id() + " costs");
        }
    }

    private static void assertDefault(String out, String prefix, Default d, ParamDef p) {
        // a choice (billing) by its name, as a scenario writes it; a number as its expression
        String line = "      default " + prefix + p.written(d.value()) + " (" + d.source() + ")\n";
        assertTrue(out.contains(line), p.id() + ": missing " + line);
        assertTrue(!d.source().isBlank(), p.id() + " has a source");
    }

    @Test
    void describeNamesAChoiceDefaultInsteadOfItsIndex() {
        String out = Cli.run("describe", "vertical-ai-saas").out();
        assertTrue(out.contains("      default smb: monthly ("), out);
        assertTrue(out.contains("      default enterprise: annual ("), out);
    }

    @Test
    void describeOrNewOfAnUnknownModelSuggestsTheNearest() {
        for (String command : List.of("describe", "new")) {
            Cli.Result r = Cli.run(command, "subscripton-saas");
            assertEquals(Main.BAD_INPUT, r.code(), r.printed());
            assertEquals("scalesim: unknown model 'subscripton-saas'; did you mean 'subscription-saas'? "
                    + "(scalesim models lists them)\n", r.err());
            assertEquals("", r.out());
        }
    }

    /** The first fenced csv block of the README. */
    static String readmeExample() throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        Matcher m = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "the README has a ```csv example");
        return m.group(1);
    }

    @Test
    void theReadmeExampleValidatesAndRuns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("readme-example.csv");
        Files.writeString(file, readmeExample());
        Cli.Result v = Cli.run("validate", file.toString());
        assertEquals(Main.OK, v.code(), v.printed());
        assertTrue(v.out().endsWith("2 scenarios valid\n"), v.printed());
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--trials", "200", "--months", "12", "--out", out.toString(),
                "--quiet", "--no-charts");
        assertEquals(Main.OK, r.code(), r.printed());
        for (String scenario : List.of("support-agent", "no-challenges")) {
            for (String table : List.of("summary.csv", "monthly.csv", "solutions.csv", "manifest.json")) {
                assertTrue(Files.isRegularFile(out.resolve(scenario).resolve(table)), scenario + "/" + table);
            }
        }
        assertTrue(Files.isRegularFile(out.resolve("batch-summary.csv")));
        assertTrue(Files.readString(out.resolve("support-agent/summary.csv")).contains("support-agent,plan:grow,arr_end,"));
    }
}
