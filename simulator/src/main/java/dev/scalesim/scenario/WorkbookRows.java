package dev.scalesim.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one sheet of an Excel workbook (read with fastexcel-reader), as the CSV reader
 * would give them: the first non-blank row is the header, blank rows and rows whose first cell
 * starts with {@code #} are skipped, cells are trimmed text. A number cell is the number as
 * typed, whatever its format (a cell shown as 5% is 0.05, as $1,200 is 1200), written in the
 * shortest {@code .}-decimal form that reads back to the same double; a formula cell gives its
 * cached value. Dates, error values and formulas without a cached value become text
 * ({@code 2025-01-31}, {@code #DIV/0!}, {@code =B2*2}), so a numeric column refuses them with
 * the same message a CSV cell of that text gets. Problems are located as {@code file!Sheet!B7}.
 *
 * @param file the workbook
 * @param sheet the sheet read
 * @param sha256 hash of the file's bytes
 * @param header the header cells
 * @param headerLine the header's row number
 * @param rows the data rows (row numbers as in Excel)
 * @param hasSolutionsSheet whether the workbook also has a {@code solutions} sheet
 */
public record WorkbookRows(Path file, String sheet, String sha256, List<String> header, int headerLine,
        List<CsvRows.Row> rows, boolean hasSolutionsSheet) implements RowSource {
    /** Excel's built-in number formats that show dates and times. */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    public WorkbookRows {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    @Override
    public String encoding() {
        return "xlsx";
    }

    @Override
    public Problem problem(int line, int column, String message) {
        return new Problem(file, sheet, line, column, message);
    }

    @Override
    public String raggedHint() {
        return "a cell right of the header's last column, or a header cell left blank";
    }

    /** Reads the sheet named {@code wanted} (any case), else the first sheet. */
    public static WorkbookRows read(Path file, String wanted) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(file, "no such file");
        } catch (IOException e) {
            throw fail(file, "cannot read: " + e.getMessage());
        }
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            throw fail(file, "an Excel 97-2003 workbook (.xls), not .xlsx (save it as Excel Workbook .xlsx, "
                    + "or as CSV UTF-8)");
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true))) {
            List<Sheet> sheets = book.getSheets().toList();
            if (sheets.isEmpty()) {
                throw fail(file, "the workbook has no sheets");
            }
            Sheet sheet = sheets.stream().filter(s -> s.getName().equalsIgnoreCase(wanted)).findFirst()
                    .orElse(sheets.get(0));
            boolean solutions = !sheet.getName().equalsIgnoreCase(SOLUTIONS_SHEET)
                    && sheets.stream().anyMatch(s -> s.getName().equalsIgnoreCase(SOLUTIONS_SHEET));
            List<CsvRows.Row> rows = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                stream.forEach(row -> {
                    List<String> cells = cells(row);
                    boolean blank = cells.stream().allMatch(String::isEmpty);
                    if (!blank && !cells.get(0).startsWith("#")) {
                        rows.add(new CsvRows.Row(row.getRowNum(), cells));
                    }
                });
            }
            if (rows.isEmpty()) {
                throw new ScenarioException(List.of(new Problem(file, sheet.getName(), 0, 0, "empty sheet: expected "
                        + "a header row with at least the columns scenario and model")));
            }
            CsvRows.Row header = rows.remove(0);
            int width = header.cells().size();
            List<CsvRows.Row> data = rows.stream().map(r -> widen(r, width)).toList();
            return new WorkbookRows(file, sheet.getName(), Hashes.sha256(bytes), header.cells(), header.line(), data,
                    solutions);
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a damaged or foreign file as an unchecked exception
            throw fail(file, "cannot read as an Excel workbook (.xlsx): " + describe(e));
        }
    }

    private static String describe(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A data row padded with blanks to the header's width (a sheet leaves trailing blanks out). */
    private static CsvRows.Row widen(CsvRows.Row row, int width) {
        if (row.cells().size() >= width) {
            return row;
        }
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() < width) {
            cells.add("");
        }
        return new CsvRows.Row(row.line(), List.copyOf(cells));
    }

    /** The row's cells from column A to its last non-blank cell, as text. */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < row.getCellCount(); i++) {
            String text = row.getOptionalCell(i).map(WorkbookRows::text).orElse("");
            cells.add(text);
            if (!text.isEmpty()) {
                last = i;
            }
        }
        return List.copyOf(cells.subList(0, last + 1));
    }

    /** A cell as the text a CSV file would hold for it. */
    static String text(Cell cell) {
        CellType type = cell.getType();
        Object value = cell.getValue();
        if (type == CellType.EMPTY || type == CellType.FORMULA && value == null && cell.getFormula() == null) {
            return "";
        }
        if (type == CellType.ERROR) {
            return cell.getRawValue() == null ? "#VALUE!" : cell.getRawValue().strip();
        }
        if (type == CellType.FORMULA && value == null) {
            return "=" + cell.getFormula(); // never calculated: no cached value to use
        }
        if (value instanceof BigDecimal number) {
            return isDate(cell) ? date(cell) : number(number);
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return value.toString().strip();
    }

    /** The shortest {@code .}-decimal text that reads back to the same double: 0.05, 1200, -3.5. */
    static String number(BigDecimal value) {
        double d = value.doubleValue();
        if (d == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static String date(Cell cell) {
        LocalDateTime t = cell.asDate();
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
    }

    /** A number shown as a date or time: a built-in date format, or a custom one with d, y, h or s. */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // drop quoted text, escaped characters and [colour]/[$-locale] sections before looking
        String bare = format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
        return bare.matches(".*[dyhs].*") && !bare.equals("general");
    }

    private static ScenarioException fail(Path file, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, 0, message)));
    }
}
