package dev.scalesim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The raw rows of a scenario or solutions table, wherever they were written: a CSV file
 * ({@link CsvRows}) or a sheet of an Excel workbook ({@link WorkbookRows}). Readers of rows
 * see cells as text in the same form either way, and report problems through
 * {@link #problem}, so a message reads the same for both apart from its location
 * ({@code file.csv:7:2} or {@code file.xlsx!Sheet!B7}).
 */
public sealed interface RowSource permits CsvRows, WorkbookRows {
    /** The sheet a scenario workbook's rows are read from, when it has one of that name. */
    String SCENARIOS_SHEET = "scenarios";
    /** The sheet a workbook's users' solutions are read from, when it has one of that name. */
    String SOLUTIONS_SHEET = "solutions";

    /** The file. */
    Path file();

    /** Hash of the file's bytes, for manifests. */
    String sha256();

    /** How the file's text was read, for manifests: UTF-8, windows-1252, or xlsx. */
    String encoding();

    /** The header cells, trimmed. */
    List<String> header();

    /** The header's line (a workbook's row number). */
    int headerLine();

    /** The data rows, cells trimmed, blank cells empty strings, numbers in {@code .}-decimal form. */
    List<CsvRows.Row> rows();

    /** A problem at a line (row) and 1-based column (cell), 0 for the whole line or file. */
    Problem problem(int line, int column, String message);

    /** What to check when a row has more or fewer cells than the header. */
    String raggedHint();

    /** True when a workbook also holds a {@code solutions} sheet its scenarios may use. */
    default boolean hasSolutionsSheet() {
        return false;
    }

    /** True when the file is read as an Excel workbook (by its {@code .xlsx} extension). */
    static boolean isWorkbook(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads a file's rows: a workbook's sheet {@code sheet} (else its first sheet), or a CSV file.
     */
    static RowSource read(Path file, String sheet) throws ScenarioException {
        return isWorkbook(file) ? WorkbookRows.read(file, sheet) : CsvRows.read(file);
    }

    /**
     * Hands a file's header, then each data row, to {@code visitor}: a CSV file is streamed
     * ({@link CsvRows#stream}); a workbook (small by nature) is read whole, its sheet {@code sheet}
     * (else its first sheet), then fed to the visitor row by row under the same {@link Limit}s.
     */
    static void stream(Path file, String sheet, CsvRows.Visitor visitor) throws ScenarioException {
        if (!isWorkbook(file)) {
            CsvRows.stream(file, visitor);
            return;
        }
        try {
            long size = Files.size(file);
            if (Limit.FILE_BYTES.exceeded(size)) {
                throw new ScenarioException(List.of(new Problem(file, 0, 0, String.format(Locale.ROOT, "the file is "
                        + "%,d bytes; scalesim reads files of up to %s bytes (split it into several files)", size,
                        Limit.FILE_BYTES.text()))));
            }
        } catch (IOException e) {
            // WorkbookRows.read reports a missing or unreadable file
        }
        WorkbookRows book = WorkbookRows.read(file, sheet);
        if (Limit.ROWS.exceeded(book.rows().size())) {
            throw new ScenarioException(List.of(book.problem(book.rows().get((int) Limit.ROWS.value()).line(), 0,
                    "more than " + Limit.ROWS.text() + " rows in one sheet; split it into several files")));
        }
        for (CsvRows.Row row : book.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c);
                if (Limit.CELL_CHARS.exceeded(cell.length())) {
                    throw new ScenarioException(List.of(book.problem(row.line(), c + 1, String.format(Locale.ROOT,
                            "a cell of %,d characters, beyond the limit of %s (it starts '%s...')", cell.length(),
                            Limit.CELL_CHARS.text(), cell.substring(0, Limit.QUOTED_CHARS)))));
                }
            }
        }
        visitor.header(book);
        book.rows().forEach(visitor::row);
    }
}
