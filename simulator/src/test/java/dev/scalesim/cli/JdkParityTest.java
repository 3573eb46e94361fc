package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scalesim.support.Child;
import dev.scalesim.support.Repo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs on a JDK 25+ when it finds one (its AOT cache starts short runs faster), so
 * the tables must not depend on the JDK: the same files, trials and seed on the test's JVM and
 * on the JDK 25+ the launcher would pick give byte-identical CSVs. Skipped where there is none
 * (a machine with a single JDK has nothing to compare).
 */
class JdkParityTest {
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
    private static final List<String> FILES = List.of("customer-support-agent.csv", "ad-supported.csv",
            "ai-marketplace.csv", "token-based.csv");

    /** The launcher's choice: SCALESIM_JAVA, else the newest JDK 25+ under /usr/lib/jvm. */
    static Optional<Path> newerJava() throws IOException {
        String chosen = System.getenv("SCALESIM_JAVA");
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(Path.of(chosen));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        Path best = null;
        int bestVersion = 24;
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.toList()) {
                Path release = home.resolve("release");
                Path java = home.resolve("bin").resolve("java");
                if (Files.isRegularFile(release) && Files.isExecutable(java)) {
                    Matcher m = VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
                    if (m.find() && Integer.parseInt(m.group(1)) > bestVersion) {
                        bestVersion = Integer.parseInt(m.group(1));
                        best = java;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    @Test
    void theTablesAreTheSameBytesOnTheNewerJdk(@TempDir Path dir) throws Exception {
        Optional<Path> java = newerJava();
        assumeTrue(java.isPresent(), "no JDK 25+ on this machine");
        List<String> args = new ArrayList<>(List.of("run"));
        for (String f : FILES) {
            args.add(Repo.scenarios().resolve(f).toString());
        }
        args.addAll(List.of("--trials", "100", "--months", "18", "--threads", "2", "--quiet", "--no-charts", "--out"));
        // C1 only and the serial collector, as the suite's other child JVMs (support.Child): half
        // the child's CPU (15 -> 8 CPU-s). Java's arithmetic is strict and HotSpot's interpreter,
        // C1 and C2 share the Math stubs, so the JIT tier cannot change a table; KilledRunTest
        // checks that too, comparing C1-only children's tables with this JVM's.
        List<String> command = new ArrayList<>(List.of(java.get().toString()));
        command.addAll(Child.quickJvm());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.scalesim.cli.Main"));
        command.addAll(args);
        command.add(dir.resolve("there").toString());
        // the child runs while this JVM runs the same files
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            List<String> here = new ArrayList<>(args);
            here.add(dir.resolve("here").toString());
            StringWriter err = new StringWriter();
            assertEquals(Main.OK, Main.execute(here.toArray(String[]::new), new PrintWriter(new StringWriter()),
                    new PrintWriter(err)), err.toString());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the JDK 25+ run finishes");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("child.log")));

        List<Path> tables;
        try (Stream<Path> all = Files.walk(dir.resolve("here"))) {
            tables = all.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(tables.size() > 20, "every scenario's tables, got " + tables.size());
        for (Path table : tables) {
            Path other = dir.resolve("there").resolve(dir.resolve("here").relativize(table));
            assertArrayEquals(Files.readAllBytes(table), Files.readAllBytes(other), java.get() + ": " + other);
        }
    }
}
