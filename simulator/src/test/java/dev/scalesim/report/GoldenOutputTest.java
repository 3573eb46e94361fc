package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scalesim.cli.Main;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's tables for a fixed file and seed, byte for byte against the committed copies in
 * {@code src/test/resources/golden/expected}: a change in any number, format or column fails
 * here, so no change to the kernel, a model or the writers alters results silently. When a change
 * is meant (a model's equation, a faster draw that is not identical), refresh the copies with
 * <pre>
 *   mvn -B -pl simulator test -Dtest=GoldenOutputTest -Dscalesim.golden.update=true
 * </pre>
 * and say in the commit why the numbers moved. The manifest is left out: it records the version
 * and the time of the run.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = Repo.root().resolve("simulator/src/test/resources/golden");

    @TempDir
    Path out;

    @Test
    void tablesMatchTheCommittedOutputByteForByte() throws IOException {
        Cli.Result r = Cli.run("run", GOLDEN.resolve("golden.csv").toString(), "--out", out.toString(),
                "--quiet", "--no-charts", "--threads", "2");
        assertEquals(Main.OK, r.code(), r.printed());
        Path report = out;
        Path expected = GOLDEN.resolve("expected");
        List<Path> tables = tables(report);
        if (Boolean.getBoolean("scalesim.golden.update")) {
            for (Path table : tables) {
                Path copy = expected.resolve(report.relativize(table).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(table, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        List<String> relative = new ArrayList<>();
        tables.forEach(t -> relative.add(report.relativize(t).toString()));
        assertEquals(names(expected), relative, "the report's tables");
        for (Path table : tables) {
            String name = report.relativize(table).toString();
            Path copy = expected.resolve(name);
            if (!Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(table))) {
                compare(name, Files.readAllLines(copy, StandardCharsets.UTF_8),
                        Files.readAllLines(table, StandardCharsets.UTF_8));
                fail(name + ": same lines as the golden copy but not the same bytes (line endings?)");
            }
        }
    }

    /** Every CSV of the report folder, sorted by path. */
    private static List<Path> tables(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        tables(folder).forEach(t -> names.add(folder.relativize(t).toString()));
        return names;
    }

    /** Fails on the first line that differs, naming the table and the line. */
    private static void compare(String name, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(end of file)";
            String a = i < actual.size() ? actual.get(i) : "(end of file)";
            if (!e.equals(a)) {
                fail(name + " line " + (i + 1) + " differs from the golden copy (refresh it with"
                        + " -Dscalesim.golden.update=true if the change is meant):\n  expected: " + e
                        + "\n  actual:   " + a);
            }
        }
    }
}
