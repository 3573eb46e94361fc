package dev.scalesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.Csv;
import dev.scalesim.support.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** results.xlsx of the shared sample run, read back with fastexcel-reader. */
class ResultsWorkbookTest {
    private static Map<String, List<Row>> sheets;
    private static Path out;

    @BeforeAll
    static void read() throws IOException {
        out = SampleRun.get().out();
        sheets = new LinkedHashMap<>();
        try (ReadableWorkbook book = new ReadableWorkbook(out.resolve(ResultsWorkbook.FILE).toFile(),
                new ReadingOptions(true, false))) {
            for (Sheet s : book.getSheets().toList()) {
                sheets.put(s.getName(), s.read());
            }
        }
    }

    private static List<String> header(String sheet) {
        return sheets.get(sheet).get(0).stream().map(Cell::getText).toList();
    }

    private static Cell cell(String sheet, int row, String column) {
        return sheets.get(sheet).get(row).getCell(header(sheet).indexOf(column));
    }

    @Test
    void sheetsComeInOrderWithTheirTablesHeaders() throws IOException {
        List<String> expected = new ArrayList<>(List.of("key outcomes", "summary", "solutions", "monthly", "segments",
                "ledger"));
        for (String optional : List.of("sensitivity", "milestones", "plans")) {
            try (var walk = Files.walk(out)) {
                if (walk.anyMatch(p -> p.getFileName().toString().equals(optional + ".csv"))) {
                    expected.add(optional);
                }
            }
        }
        expected.add("batch summary");
        assertEquals(expected, List.copyOf(sheets.keySet()));
        assertEquals(List.of(ResultsWorkbook.KEY_HEADER), header("key outcomes"));
        assertEquals(List.of("scenario", "arm", "metric", "mean", "sd", "p5", "p25", "p50", "p75", "p95", "trials"),
                header("summary"));
        assertEquals(List.of(BatchSummary.HEADER), header("batch summary"));
    }

    @Test
    void everyTableRowIsThereWithTypedNumbersAndFormats() throws IOException {
        // the batch summary sheet holds batch-summary.csv cell for cell: numbers as numbers, text as text
        List<String[]> csv = Csv.read(out.resolve(RunFolder.BATCH_SUMMARY));
        List<Row> rows = sheets.get("batch summary");
        assertEquals(csv.size(), rows.size());
        for (int i = 1; i < csv.size(); i++) {
            for (int col = 0; col < csv.get(0).length; col++) {
                String column = csv.get(0)[col];
                String expected = csv.get(i)[col];
                Cell c = rows.get(i).getOptionalCell(col).orElse(null);
                if (expected.isEmpty()) {
                    assertEquals(CellType.EMPTY, c == null ? CellType.EMPTY : c.getType(), column);
                } else if (ResultsWorkbook.number(expected) != null && !List.of("file", "scenario", "arm").contains(column)) {
                    assertEquals(CellType.NUMBER, c.getType(), column + " " + expected);
                    assertEquals(Double.parseDouble(expected), c.asNumber().doubleValue(), 0, column);
                } else {
                    assertEquals(CellType.STRING, c.getType(), column);
                    assertEquals(expected, c.asString(), column);
                }
            }
        }
        // every scenario's monthly rows, one sheet
        long monthly = 0;
        try (var walk = Files.walk(out)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().equals("monthly.csv")).toList()) {
                monthly += Csv.read(p).size() - 1;
            }
        }
        assertEquals(monthly + 1, sheets.get("monthly").size());
        // formats from the metric's unit
        List<Row> summary = sheets.get("summary");
        int metric = header("summary").indexOf("metric");
        int mean = header("summary").indexOf("mean");
        // a metric no trial measured (nrr with no expansion, trials 0) has a blank mean: no cell
        Map<String, String> formats = summary.subList(1, summary.size()).stream()
                .filter(r -> r.getCell(mean) != null).collect(Collectors.toMap(
                r -> r.getCell(metric).asString(), r -> String.valueOf(r.getCell(mean).getDataFormatString()), (a, b) -> a));
        assertEquals("$#,##0", formats.get("arr_end"));
        assertEquals("0.0%", formats.get("p_cash_out"));
        assertEquals("0.0%", cell("solutions", 1, "p_better").getDataFormatString());
    }

    @Test
    void everyNumberOfTheMonthlySheetHasItsMetricsFormatAcrossRangesAndFlushes() {
        // formats are set a range of rows at a time: a range ends where the metric changes and at
        // every flush, so each metric's statistics must still carry exactly its unit's format
        List<Row> rows = sheets.get("monthly");
        List<String> head = header("monthly");
        int metric = head.indexOf("metric");
        Map<String, Set<String>> byMetric = new HashMap<>();
        for (Row r : rows.subList(1, rows.size())) {
            for (String stat : List.of("mean", "p5", "p50", "p95")) {
                Cell c = r.getCell(head.indexOf(stat));
                if (c != null && c.getType() == CellType.NUMBER) {
                    byMetric.computeIfAbsent(r.getCell(metric).asString(), k -> new HashSet<>())
                            .add(String.valueOf(c.getDataFormatString()));
                }
            }
        }
        assertTrue(rows.size() > ResultsWorkbook.FLUSH_ROWS, "the sheet crosses a flush: " + rows.size() + " rows");
        byMetric.forEach((m, f) -> assertEquals(1, f.size(), m + " has formats " + f));
        assertEquals(Set.of("$#,##0"), byMetric.get("mrr"));
        assertTrue(byMetric.values().stream().flatMap(Set::stream).distinct().count() >= 3,
                "metrics of several units: " + byMetric);
    }

    @Test
    void keyOutcomesRankEachScenariosArmsByTheirChangeInArr() throws IOException {
        List<Row> rows = sheets.get("key outcomes");
        String scenario = null;
        double last = Double.POSITIVE_INFINITY;
        int scenarios = 0;
        for (Row r : rows.subList(1, rows.size())) {
            String name = r.getCell(0).asString();
            int rank = r.getCell(4).asNumber().intValue();
            if (!name.equals(scenario)) {
                scenario = name;
                scenarios++;
                assertEquals(0, rank, name);
                assertEquals("baseline", r.getCell(5).asString());
                last = Double.POSITIVE_INFINITY;
                continue;
            }
            double delta = cell("key outcomes", rows.indexOf(r), "delta_arr_mean").asNumber().doubleValue();
            assertTrue(delta <= last, name + ": ranked by mean change in ARR");
            last = delta;
            double low = cell("key outcomes", rows.indexOf(r), "delta_arr_ci_low").asNumber().doubleValue();
            double high = cell("key outcomes", rows.indexOf(r), "delta_arr_ci_high").asNumber().doubleValue();
            assertTrue(low <= delta && delta <= high);
        }
        assertEquals(SampleRun.NAMES.size(), scenarios);
    }

    @Test
    void hostileNamesStayInertText() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, List<Row>> sheet : sheets.entrySet()) {
            for (Row r : sheet.getValue()) {
                for (Cell c : r) {
                    if (c != null) {
                        assertNotEquals(CellType.FORMULA, c.getType(), sheet.getKey() + " " + c.getAddress());
                    }
                }
            }
        }
        for (Row r : sheets.get("key outcomes").subList(1, sheets.get("key outcomes").size())) {
            names.add(r.getCell(0).asString());
        }
        assertTrue(names.contains(CsvTable.safe(SampleRun.FORMULA)), names.toString());
        assertTrue(names.contains(CsvTable.safe(SampleRun.AT_FORMULA)), names.toString());
        assertFalse(names.contains(SampleRun.FORMULA));
    }
}
