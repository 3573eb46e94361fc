package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.SampleRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scenario names are user text and treated as hostile: they never become spreadsheet formulas,
 * never create anything outside {@code --out}, and never take the place of the run's own files.
 * (Markup in names, in HTML and SVG, is covered by IndexPageTest and ScenarioChartsTest.)
 */
class HostileNamesTest {
    private final SampleRun run = SampleRun.get();

    @Test
    void formulaNamesAreTextInEveryCsv() throws Exception {
        for (String formula : List.of(SampleRun.FORMULA, SampleRun.AT_FORMULA)) {
            Path folder = Folders.resolve(run.out(), formula);
            for (Path csv : List.of(run.out().resolve("batch-summary.csv"), folder.resolve("summary.csv"),
                    folder.resolve("monthly.csv"))) {
                List<String[]> rows = read(csv);
                int column = List.of(rows.get(0)).indexOf("scenario");
                long hits = rows.stream().skip(1).filter(r -> r[column].equals("'" + formula)).count();
                assertTrue(hits > 0, csv + " should hold the name with a leading quote");
                assertTrue(rows.stream().skip(1).noneMatch(r -> r[column].equals(formula)), csv + " holds a formula");
                for (String[] row : rows.subList(1, rows.size())) {
                    for (String cell : row) {
                        boolean number = cell.matches("-?[0-9.eE+-]+|-?inf");
                        assertFalse(!number && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0,
                                csv + " has a cell a spreadsheet would evaluate: " + cell);
                    }
                }
            }
        }
    }

    @Test
    void nothingIsCreatedOutsideTheOutputFolder() throws Exception {
        try (Stream<Path> top = Files.list(run.root())) {
            assertEquals(Set.of("in"), top.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        try (Stream<Path> in = Files.list(run.root().resolve("in"))) {
            assertEquals(Set.of("hostile.csv", "out"), in.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        for (String name : SampleRun.NAMES) {
            Path folder = Folders.resolve(run.out(), name);
            assertEquals(run.out(), folder.getParent(), name);
            assertTrue(Files.isRegularFile(folder.resolve("summary.csv")), name + " has its report in " + folder);
        }
    }

    @Test
    void aScenarioCannotTakeTheNameOfARunFile() {
        for (String file : List.of("index.html", "INDEX.HTML", "batch-summary.csv", "comparison.png", "comparison.svg")) {
            assertNotEquals(file.toLowerCase(Locale.ROOT), Folders.forScenario(file).toLowerCase(Locale.ROOT));
        }
        assertTrue(Files.isRegularFile(run.out().resolve("index.html")));
        assertTrue(Files.isDirectory(Folders.resolve(run.out(), SampleRun.RUN_FILE)));
    }

    static List<String[]> read(Path csv) throws Exception {
        return CsvTable.read(csv);
    }
}
