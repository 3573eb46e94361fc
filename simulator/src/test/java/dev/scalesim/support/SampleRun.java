package dev.scalesim.support;

import dev.scalesim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One small run with charts, made once per test JVM and shared by the report tests (rendering
 * charts is the slow part): scenarios named like an attacker would name them, with and without
 * solutions. Deleted when the JVM exits.
 */
public final class SampleRun {
    /** Markup that would run a script if it reached the page unescaped. */
    public static final String MARKUP = "<img src=x onerror=\"throw new Error('xss')\"> & \"q\" </summary>";
    public static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public static final String AT_FORMULA = "@SUM(1+1)";
    public static final String TRAVERSAL = "../../escape";
    public static final String RUN_FILE = "index.html";
    public static final List<String> NAMES = List.of(MARKUP, FORMULA, AT_FORMULA, TRAVERSAL, RUN_FILE);

    private static SampleRun instance;

    private final Path root;
    private final Path out;

    private SampleRun(Path root, Path out) {
        this.root = root;
        this.out = out;
    }

    /** The run's temporary root (holding the scenario file and the output folder {@code out/}). */
    public Path root() {
        return root;
    }

    public Path out() {
        return out;
    }

    public static synchronized SampleRun get() {
        if (instance == null) {
            try {
                Path root = Files.createTempDirectory("scalesim-sample-run-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
                Path dir = root.resolve("in");
                Files.createDirectories(dir);
                Path csv = dir.resolve("hostile.csv");
                Files.writeString(csv, String.join("\n",
                        "scenario,model,months,trials,seed,solutions,plans",
                        quote(MARKUP) + ",subscription-saas,12,300,11,all,both=faster-onboarding+customer-success",
                        quote(FORMULA) + ",subscription-saas,12,300,11,customer-success,",
                        quote(AT_FORMULA) + ",subscription-saas,12,300,11,none,",
                        quote(TRAVERSAL) + ",subscription-saas,12,300,11,none,",
                        quote(RUN_FILE) + ",subscription-saas,12,300,11,none,") + "\n", StandardCharsets.UTF_8);
                Path out = dir.resolve("out");
                run("run", csv.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
                instance = new SampleRun(root, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Runs the CLI in-process and fails unless it exits 0; returns what it printed. */
    public static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != Main.OK) {
            throw new AssertionError("scalesim " + String.join(" ", args) + " exited " + code + ":\n" + err);
        }
        return out.toString() + err;
    }

    public static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
