package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.cli.Main;
import dev.scalesim.support.Cli;
import dev.scalesim.support.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a scenario is called, its report folder is a plain, distinct child of --out. */
class FoldersTest {
    private static final List<String> HOSTILE = List.of("../../x", "..", ".", "/etc/passwd", ".hidden", "CON",
            "con.txt", "LPT1", "a/b", "a\\b", "a_b", "a:b", "a/../../b", "~", "-rf", "name with spaces", "é",
            "\u0000", "x".repeat(200), "x".repeat(201), "normal-name_1.2");

    @Test
    void everyNameIsAPlainDirectChildAndDistinctNamesGetDistinctFolders(@TempDir Path out) {
        Set<String> folders = new HashSet<>();
        for (String name : HOSTILE) {
            String folder = Folders.forScenario(name);
            Path resolved = Folders.resolve(out, name);
            assertEquals(out, resolved.getParent(), name);
            assertEquals(folder, resolved.getFileName().toString(), name);
            assertTrue(folder.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*"), name + " -> " + folder);
            assertFalse(folder.toUpperCase(Locale.ROOT).matches("(CON|PRN|AUX|NUL|COM\\d|LPT\\d)(\\..*)?"), folder);
            assertTrue(folder.length() <= 89, folder);
            assertTrue(folders.add(folder), "two names share " + folder);
        }
        assertEquals("normal-name_1.2", Folders.forScenario("normal-name_1.2"), "a plain name is kept as it is");
    }

    @Test
    void hostileNamesInAFileStayInsideOut(@TempDir Path dir) throws Exception {
        Path file = Scenarios.write(dir, "names.csv", "scenario,model,months,trials,solutions",
                "../../x,subscription-saas,3,20,none",
                "/etc/passwd,subscription-saas,3,20,none",
                ".hidden,subscription-saas,3,20,none",
                "CON,subscription-saas,3,20,none",
                "a/b,subscription-saas,3,20,none",
                "a_b,subscription-saas,3,20,none");
        Path out = dir.resolve("deep/out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(Main.OK, r.code(), r.printed());
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                assertTrue(p.equals(dir) || p.equals(file) || p.equals(dir.resolve("deep")) || p.startsWith(out),
                        "written outside --out: " + p);
            }
        }
        try (Stream<Path> children = Files.list(out)) {
            List<Path> folders = children.filter(Files::isDirectory).toList();
            assertEquals(6, folders.size(), folders.toString());
            for (Path f : folders) {
                assertFalse(f.getFileName().toString().startsWith("."), f.toString());
                assertTrue(Files.isRegularFile(f.resolve("summary.csv")), f.toString());
            }
        }
    }
}
