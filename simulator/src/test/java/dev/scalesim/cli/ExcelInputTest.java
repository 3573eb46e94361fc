package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.scalesim.support.Cli;
import dev.scalesim.support.ScenarioFiles;
import dev.scalesim.support.Scenarios;
import dev.scalesim.support.Workbooks;
import dev.scalesim.support.Workbooks.Formatted;
import dev.scalesim.support.Workbooks.Formula;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario input as Excel writes it: workbooks, decimal commas in {@code ;} files, Windows-1252.
 * Each form must give byte for byte the tables of its plain UTF-8 CSV twin, and report problems
 * in the same words, located the Excel way.
 */
class ExcelInputTest {
    private static final String HEADER = "scenario,model,months,trials,seed,price,monthly_churn,cac,fixed_costs,solutions";

    @TempDir
    Path dir;

    /** Every table of a run but the batch summary, which names the input file. */
    private Map<String, byte[]> run(Path file) throws IOException {
        Path out = dir.resolve("out-" + file.getFileName());
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), "--no-charts", "--quiet");
        assertEquals(Main.OK, r.code(), r.printed());
        Map<String, byte[]> tables = ScenarioFiles.tables(out);
        tables.remove("batch-summary.csv");
        return tables;
    }

    private static void assertSameTables(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        assertFalse(expected.isEmpty());
        expected.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(name)), name + " differs"));
    }

    private static String encoding(Path out, String scenario) throws IOException {
        return JsonParser.parseString(Files.readString(out.resolve(scenario).resolve("manifest.json")))
                .getAsJsonObject().get("input_encoding").getAsString();
    }

    @Test
    void aWorkbookGivesTheTablesOfTheSameRowsAsCsv() throws IOException {
        Path csv = Scenarios.write(dir, "plan.csv", HEADER,
                "wb,subscription-saas,12,300,7,99.9,0.03,\"uniform(300,500)\",20000,all");
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("notes", List.of(List.of("the scenarios sheet is found by name, not position")));
        sheets.put("scenarios", List.of(
                row("# a comment row, as in CSV"),
                List.of((Object[]) HEADER.split(",")),
                row(),
                row("wb", "subscription-saas", 12, 300, new Formatted(7, "0"), new Formatted(99.9, "$#,##0.00"),
                        new Formatted(0.03, "0%"), "uniform(300,500)", new Formula("10000*2"), "all")));
        Path book = Workbooks.write(dir.resolve("plan.xlsx"), sheets);
        assertSameTables(run(csv), run(book));
        assertEquals("xlsx", encoding(dir.resolve("out-plan.xlsx"), "wb"));
        assertEquals("UTF-8", encoding(dir.resolve("out-plan.csv"), "wb"));
    }

    @Test
    void decimalCommasAndWindows1252GiveTheTablesOfTheirUtf8Twins() throws IOException {
        Path plain = Scenarios.write(dir, "plain.csv", HEADER,
                "Caf\u00e9,subscription-saas,12,300,7,1200.5,0.05,\"pert(300,400,600)\",1000000,all");
        Path european = dir.resolve("european.csv");
        Files.write(european, (HEADER.replace(',', ';') + "\r\n"
                + "Caf\u00e9;subscription-saas;12;300;7;1.200,5;0,05;\"pert(300;400;600)\";1.000.000;all\r\n")
                .getBytes(Charset.forName("windows-1252")));
        assertSameTables(run(plain), run(european));
        try (var folders = Files.list(dir.resolve("out-european.csv"))) {
            Path folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
            assertEquals("windows-1252", encoding(folder.getParent(), folder.getFileName().toString()));
        }
        // percent, suffixes and a 90% interval with decimal commas
        Path more = dir.resolve("more.csv");
        Files.writeString(more, "scenario;model;months;trials;monthly_churn;cac;price\n"
                + "m;subscription-saas;12;300;2,5%;250 to 1.250,5;1,2k\n");
        Path twin = Scenarios.write(dir, "twin.csv", "scenario,model,months,trials,monthly_churn,cac,price",
                "m,subscription-saas,12,300,2.5%,250 to 1250.5,1.2k");
        assertSameTables(run(twin), run(more));
    }

    /** The problems {@code validate} reports, one a line. */
    private static List<String> problems(Path file) {
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.printed());
        assertFalse(r.err().contains("Exception"), r.printed());
        List<String> lines = new ArrayList<>(List.of(r.err().split("\n")));
        lines.remove(lines.size() - 1);
        return lines;
    }

    @Test
    void workbookProblemsNameTheCellAndReadAsForCsv() {
        // G: monthly_churn holds a date, then an error value; B: an unknown model; E: a fraction of a seed
        Path csv = Scenarios.write(dir, "bad.csv", HEADER,
                "a,subscription-saas,12,300,7,99,2025-01-31,400,0,all",
                "b,subscription-saas,12,300,7,99,#DIV/0!,400,0,all",
                "c,subscription-sass,12,300,7,99,0.03,400,0,all",
                "d,subscription-saas,12,300,1.5,99,0.03,400,0,all");
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("My plans", List.of(
                List.of((Object[]) HEADER.split(",")),
                row("a", "subscription-saas", 12, 300, 7, 99, new Formatted(45688, "yyyy-mm-dd"), 400, 0, "all"),
                row("b", "subscription-saas", 12, 300, 7, 99, new Formula("1/0"), 400, 0, "all"),
                row("c", "subscription-sass", 12, 300, 7, 99, 0.03, 400, 0, "all"),
                row("d", "subscription-saas", 12, 300, 1.5, 99, 0.03, 400, 0, "all")));
        Path book = Workbooks.write(dir.resolve("bad.xlsx"), sheets);
        List<String> fromCsv = problems(csv);
        List<String> fromBook = problems(book);
        assertEquals(4, fromCsv.size(), String.join("\n", fromCsv));
        List<String> cells = List.of("G2", "G3", "B4", "E5");
        for (int i = 0; i < cells.size(); i++) {
            String message = fromCsv.get(i).substring(fromCsv.get(i).indexOf(": ") + 2);
            assertEquals(book + "!'My plans'!" + cells.get(i) + ": " + message, fromBook.get(i));
        }
        assertTrue(fromBook.get(0).endsWith("got '2025-01-31'"), fromBook.get(0));
    }

    @Test
    void aWorkbookSolutionsSheetServesItsScenarios() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("scenarios", List.of(
                List.of("scenario", "model", "months", "trials", "solutions"),
                row("s", "subscription-saas", 12, 200, "price-up")));
        sheets.put("solutions", List.of(
                List.of("solution", "title", "param", "op", "size"),
                row("price-up", "Raise prices", "price", "scale", 1.1)));
        Path book = Workbooks.write(dir.resolve("own.xlsx"), sheets);
        Path out = dir.resolve("own");
        Cli.Result r = Cli.run("run", book.toString(), "--out", out.toString(), "--no-charts", "--quiet");
        assertEquals(Main.OK, r.code(), r.printed());
        assertTrue(Files.readString(out.resolve("s/solutions.csv")).contains("s,price-up,arr_end,"));

        sheets.put("solutions", List.of(
                List.of("solution", "title", "param", "op", "size"),
                row("price-up", "Raise prices", "price", "scael", 1.1)));
        Workbooks.write(book, sheets);
        List<String> p = problems(book);
        assertTrue(p.stream().anyMatch(line -> line.startsWith(book + "!solutions!D2: op must be one of ")),
                String.join("\n", p));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
