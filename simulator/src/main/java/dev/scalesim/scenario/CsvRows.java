package dev.scalesim.scenario;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw rows of a scenario file with their line numbers: UTF-8 (with or without BOM) or
 * Windows-1252 text ({@link TextEncoding}), {@code ,} or {@code ;} delimited (whichever the
 * header uses; in a {@code ;} file numbers have decimal commas, {@link DecimalComma}),
 * {@code #} comment lines (also when
 * a spreadsheet saved the comment as a quoted cell: a row whose first cell starts with {@code #}).
 * Problems with the file as a whole (not text, an unterminated quote, beyond a {@link Limit})
 * are reported here. The file is read as a stream ({@link #stream}): memory does not grow with
 * its rows.
 *
 * @param file the file
 * @param sha256 hash of the file's bytes, for manifests
 * @param encoding how its bytes were read (UTF-8 or windows-1252)
 * @param delimiter the delimiter found in the header
 * @param header the header cells, trimmed
 * @param headerLine the header's line number
 * @param rows the data rows (none when the rows are streamed)
 */
public record CsvRows(Path file, String sha256, String encoding, char delimiter, List<String> header,
        int headerLine, List<Row> rows) implements RowSource {
    /** Cells a row may have: far beyond any scenario file. */
    static final int MAX_COLUMNS = (int) Limit.COLUMNS.value();

    /** A data row: its first line and its cells (trimmed; blank cells are empty strings). */
    public record Row(int line, List<String> cells) {
    }

    /**
     * What a streamed file is handed to: its header (a source without rows) first, then each row
     * (numbers already in {@code .}-decimal form).
     */
    public interface Visitor {
        void header(RowSource header);

        void row(Row row);
    }

    /** Reads the whole file, rows included (for small files: solutions files, tests). */
    public static CsvRows read(Path file) throws ScenarioException {
        List<Row> rows = new ArrayList<>();
        CsvRows[] header = new CsvRows[1];
        stream(file, new Visitor() {
            @Override
            public void header(RowSource h) {
                header[0] = (CsvRows) h;
            }

            @Override
            public void row(Row row) {
                rows.add(row);
            }
        });
        CsvRows h = header[0];
        return new CsvRows(h.file(), h.sha256(), h.encoding(), h.delimiter(), h.header(), h.headerLine(), rows);
    }

    /** Reads the file as a stream: checks it whole, then hands its header and each row to {@code visitor}. */
    public static void stream(Path file, Visitor visitor) throws ScenarioException {
        try {
            long size = Files.size(file);
            if (Limit.FILE_BYTES.exceeded(size)) {
                throw fail(file, 0, 0, String.format(java.util.Locale.ROOT, "the file is %,d bytes; scalesim reads "
                        + "files of up to %s bytes (split it into several files)", size, Limit.FILE_BYTES.text()));
            }
            TextScan.Bytes bytes = TextScan.bytes(file);
            Charset charset = TextEncoding.charset(file, bytes);
            char delimiter;
            try (Reader r = text(file, charset)) {
                delimiter = TextScan.delimiter(r);
            }
            try (Reader r = text(file, charset)) {
                check(file, TextScan.unclosedQuote(r, delimiter));
            }
            try (Reader r = text(file, charset)) {
                parse(file, bytes.sha256(), TextEncoding.name(charset), delimiter, r, visitor);
            }
        } catch (NoSuchFileException e) {
            throw fail(file, 0, 0, "no such file");
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static void parse(Path file, String sha256, String encoding, char delimiter, Reader text,
            Visitor visitor) throws ScenarioException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.getFormat().setComment('#');
        settings.getFormat().setLineSeparator("\n");
        settings.setHeaderExtractionEnabled(false);
        settings.setSkipEmptyLines(true);
        settings.setMaxCharsPerColumn((int) Limit.CELL_CHARS.value() * 2);
        settings.setMaxColumns(MAX_COLUMNS);
        settings.setNullValue("");
        settings.setEmptyValue("");
        CsvParser parser = new CsvParser(settings);
        parser.beginParsing(text);
        boolean header = true;
        List<String> headerCells = List.of();
        long rows = 0;
        try {
            String[] cells;
            while ((cells = next(file, parser)) != null) {
                List<String> trimmed = new ArrayList<>(cells.length);
                int inner = 0;
                int line = (int) parser.getContext().currentLine();
                for (int i = 0; i < cells.length; i++) {
                    String c = cells[i] == null ? "" : cells[i];
                    inner += (int) c.chars().filter(ch -> ch == '\n').count();
                    String cell = c.strip();
                    if (Limit.CELL_CHARS.exceeded(cell.length())) {
                        throw fail(file, line - inner, i + 1, cellTooLong(cell));
                    }
                    trimmed.add(cell);
                }
                if (trimmed.stream().allMatch(String::isEmpty)) {
                    continue; // a line of delimiters only: Excel writes these for empty rows
                }
                if (trimmed.get(0).startsWith("#")) {
                    continue; // a comment a spreadsheet re-saved in quotes ("# ... $50,000 ...",,,)
                }
                Row row = new Row(line - inner, List.copyOf(trimmed));
                if (header) {
                    header = false;
                    headerCells = row.cells();
                    visitor.header(new CsvRows(file, sha256, encoding, delimiter, row.cells(), row.line(), List.of()));
                } else if (Limit.ROWS.exceeded(++rows)) {
                    throw fail(file, row.line(), 0, "more than " + Limit.ROWS.text() + " rows in one file; split it"
                            + " into several files");
                } else {
                    visitor.row(delimiter == ';' ? DecimalComma.rewrite(headerCells, row) : row);
                }
            }
        } finally {
            parser.stopParsing();
        }
        if (header) {
            throw fail(file, 0, 0, "empty file: expected a header row with at least the columns "
                    + "scenario and model");
        }
    }

    @Override
    public Problem problem(int line, int column, String message) {
        return new Problem(file, line, column, message);
    }

    @Override
    public String raggedHint() {
        return "check for a missing or extra delimiter '" + delimiter + "'";
    }

    private static String cellTooLong(String cell) {
        return String.format(java.util.Locale.ROOT, "a cell of %,d characters, beyond the limit of %s (it starts '%s...')",
                cell.length(), Limit.CELL_CHARS.text(), cell.substring(0, Limit.QUOTED_CHARS));
    }

    /** The file as text, streamed: in its encoding (checked before), BOM dropped, line ends made {@code \n}. */
    private static Reader text(Path file, Charset charset) throws IOException {
        return new LineEnds(new BufferedReader(Files.newBufferedReader(file, charset), 1 << 16));
    }

    /** The next record; a row beyond univocity's limits is bad input, not a crash. */
    private static String[] next(Path file, CsvParser parser) throws ScenarioException {
        try {
            return parser.parseNext();
        } catch (TextParsingException e) {
            int line = (int) Math.max(1, e.getLineIndex()); // univocity is then past the line's end
            if (e.getColumnIndex() >= MAX_COLUMNS) {
                throw fail(file, line, 0, "more than " + MAX_COLUMNS + " cells in a row (expected a scenario file: "
                        + "a header, then one row per scenario)");
            }
            if (String.valueOf(e.getMessage()).contains("maximum number of characters")) {
                // here univocity is still on the cell's line
                throw fail(file, line + 1, e.getColumnIndex() + 1, "a cell of over " + String.format(java.util.Locale.ROOT, "%,d", 2 * Limit.CELL_CHARS.value())
                        + " characters, beyond the limit of " + Limit.CELL_CHARS.text());
            }
            throw fail(file, line, 0, "cannot read this line as CSV");
        }
    }

    private static void check(Path file, TextScan.Failure failure) throws ScenarioException {
        if (failure != null) {
            throw fail(file, failure.line(), failure.column(), failure.message());
        }
    }

    private static ScenarioException fail(Path file, int line, int column, String message) {
        return new ScenarioException(List.of(new Problem(file, line, column, message)));
    }
}
