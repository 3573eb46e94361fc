package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.report.ReportWriterAccess;
import dev.scalesim.support.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder cannot be turned against its owner (issue 18): scalesim never writes through
 * a link it did not create, never takes a name the run itself uses, replaces or deletes only
 * what it demonstrably wrote, and refuses an output folder inside another run's output or equal
 * to an input folder. Each refusal is exit 2 with the path named, and nothing written.
 */
class OutputFolderSafetyTest {
    private static final String HEADER = "scenario,model,months,trials,seed";

    @TempDir
    Path dir;

    private Path scenarios(String file, String... names) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in")).resolve(file);
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (String n : names) {
            b.append('"').append(n.replace("\"", "\"\"")).append("\",subscription-saas,6,200,3\n");
        }
        Files.writeString(in, b, StandardCharsets.UTF_8);
        return in;
    }

    private static Cli.Result run(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", in.toString(), "--out", out.toString(), "--no-charts",
                "--quiet", "--threads", "1"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertRefused(Cli.Result r, String... mentions) {
        assertEquals(Main.BAD_INPUT, r.code(), r.printed());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.printed());
        for (String m : mentions) {
            assertTrue(r.err().contains(m), "mentions " + m + ": " + r.printed());
        }
    }

    @Test
    void aPlantedRunLogLinkIsRefusedAndItsTargetUntouched() throws Exception {
        Path target = Files.writeString(dir.resolve("bashrc"), "# mine\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("run.log"), target);
        Path in = scenarios("s.csv", "x; echo owned > pwned #");

        Cli.Result r = run(in, out);

        assertRefused(r, out.resolve("run.log").toString(), "symbolic link");
        assertEquals("# mine\n", Files.readString(target));
        assertEquals(List.of("run.log"), names(out), "nothing written");
    }

    @Test
    void linksWhereARunFileOrAReportGoesAreRefused() throws Exception {
        Path in = scenarios("s.csv", "alpha");
        Path out = dir.resolve("out");
        assertEquals(Main.OK, run(in, out).code());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep");

        Files.delete(out.resolve("index.html"));
        Files.createSymbolicLink(out.resolve("index.html"), elsewhere.resolve("keep.txt"));
        assertRefused(run(in, out), out.resolve("index.html") + " is a symbolic link");
        Files.delete(out.resolve("index.html"));

        ReportWriterAccess.deleteTree(out.resolve("alpha"));
        Files.createSymbolicLink(out.resolve("alpha"), elsewhere);
        assertRefused(run(in, out), out.resolve("alpha") + " is a symbolic link");
        assertEquals("keep", Files.readString(elsewhere.resolve("keep.txt")));
        assertEquals(List.of("keep.txt"), names(elsewhere));
    }

    @Test
    void aScenarioNamedLikeTheRunLogGetsAFolderOfItsOwn() throws Exception {
        Path in = scenarios("s.csv", "run.log", "RUN.LOG", ".scalesim.lock");
        Path out = dir.resolve("out");

        assertEquals(Main.OK, run(in, out).code());
        assertTrue(Files.isRegularFile(out.resolve("run.log"), LinkOption.NOFOLLOW_LINKS));
        Cli.Result again = run(in, out, "--resume");
        assertEquals(Main.OK, again.code(), again.printed());
        assertTrue(Files.readString(out.resolve("run.log")).contains("skipped"), "the history is kept");
    }

    @Test
    void aUserFolderInThePlaceOfAReportIsRefusedAndKept() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path mine = Files.createDirectories(out.resolve("x"));
        Files.writeString(mine.resolve("important.txt"), "mine");

        Cli.Result r = run(scenarios("s.csv", "x"), out);

        assertRefused(r, mine.toString(), "did not write");
        assertEquals("mine", Files.readString(mine.resolve("important.txt")));
        assertEquals(List.of("x"), names(out), "nothing written");
    }

    @Test
    void aUserFileWithTheNameOfARunFileIsRefusedAndKept() throws Exception {
        Path out = Files.createDirectories(dir.resolve("site"));
        Files.writeString(out.resolve("index.html"), "<p>my page</p>");

        assertRefused(run(scenarios("s.csv", "x"), out), out.resolve("index.html").toString());
        assertEquals("<p>my page</p>", Files.readString(out.resolve("index.html")));
    }

    @Test
    void foldersNamedLikeLeftoversButNotScalesimsAreLeftAlone() throws Exception {
        Path in = scenarios("s.csv", "y");
        Path out = dir.resolve("out");
        assertEquals(Main.OK, run(in, out).code());
        Path partial = Files.createDirectories(out.resolve(".notes.partial-1"));
        Files.writeString(partial.resolve("draft.txt"), "mine");
        Path old = Files.createDirectories(out.resolve(".y.old-2"));
        Files.writeString(old.resolve("photo.jpg"), "mine");
        Path file = Files.writeString(out.resolve(".todo1.partial"), "mine");

        assertEquals(Main.OK, run(in, out).code());

        assertEquals("mine", Files.readString(partial.resolve("draft.txt")));
        assertEquals("mine", Files.readString(old.resolve("photo.jpg")));
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void anOutputFolderInsideAnotherRunsOutputOrReportIsRefused() throws Exception {
        Path in = scenarios("a.csv", "alpha");
        Path outA = dir.resolve("a");
        assertEquals(Main.OK, run(in, outA).code());
        Path b = scenarios("b.csv", "beta");

        assertRefused(run(b, outA.resolve("alpha")), "report folder");
        assertRefused(run(b, outA.resolve("alpha/charts")), "report folder");
        assertRefused(run(b, outA.resolve("sub")), "output folder of another run");
        assertEquals(List.of("alpha", "batch-summary.csv", "index.html", "results.xlsx", "run.log"),
                names(outA), "run A's folder is as A left it");
        assertEquals(Main.OK, run(in, outA, "--resume").code(), "A itself may run there again");
    }

    @Test
    void anOutputFolderEqualToAnInputFolderIsRefusedAndOutputsAreNotReadAsInputs() throws Exception {
        Path in = scenarios("s.csv", "x");
        assertRefused(Cli.run("run", in.getParent().toString(), "--out", in.getParent().toString(), "--no-charts"),
                "is the folder of the input file");
        assertRefused(Cli.run("run", in.toString(), "--out", in.getParent().resolve(".").toString(), "--no-charts"),
                "is the folder of the input file");
        assertEquals(List.of("s.csv"), names(in.getParent()), "nothing written");

        // a folder that holds a batch summary (say, copied from a run) still reads as its scenarios only
        Files.writeString(in.getParent().resolve("batch-summary.csv"), "scenario,arm,metric\n");
        Cli.Result r = Cli.run("validate", in.getParent().toString());
        assertEquals(Main.OK, r.code(), r.printed());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
