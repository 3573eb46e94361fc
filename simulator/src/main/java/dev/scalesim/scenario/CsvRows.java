package dev.scalesim.scenario;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

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
                throw fail(file, 0, 0, String.format(Locale.ROOT, "the file is %,d bytes; scalesim reads "
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
        boolean header = true;
        List<String> headerCells = List.of();
        long rows = 0;
        Cells cells = new Cells();
        try (CsvReader<Record> csv = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.SKIP)
                .commentCharacter('#')
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true) // ragged rows are reported with the scenario's hints
                .build(cells, new FieldIndent(text, delimiter))) {
            var records = csv.iterator();
            while (true) {
                Record record = next(file, records, cells);
                if (record == null) {
                    break;
                }
                List<String> trimmed = new ArrayList<>(record.cells().size());
                int inner = 0;
                for (int i = 0; i < record.cells().size(); i++) {
                    String c = record.cells().get(i);
                    String cell = c.strip();
                    if (Limit.CELL_CHARS.exceeded(cell.length())) {
                        throw fail(file, record.line() + inner, i + 1, cellTooLong(cell));
                    }
                    inner += newlines(c);
                    trimmed.add(cell);
                }
                if (trimmed.stream().allMatch(String::isEmpty)) {
                    continue; // a line of delimiters only: Excel writes these for empty rows
                }
                if (trimmed.get(0).startsWith("#")) {
                    continue; // a comment a spreadsheet re-saved in quotes ("# ... $50,000 ...",,,)
                }
                Row row = new Row(record.line(), List.copyOf(trimmed));
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
        } catch (IOException | UncheckedIOException e) {
            throw fail(file, 0, 0, "cannot read: " + e.getMessage());
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
        return String.format(Locale.ROOT, "a cell of %,d characters, beyond the limit of %s (it starts '%s...')",
                cell.length(), Limit.CELL_CHARS.text(), cell.substring(0, Limit.QUOTED_CHARS));
    }

    /** The file as text, streamed: in its encoding (checked before), BOM dropped, line ends made {@code \n}. */
    private static Reader text(Path file, Charset charset) throws IOException {
        return new LineEnds(new BufferedReader(Files.newBufferedReader(file, charset), 1 << 16));
    }

    /** The next record, or null at the end; a row beyond the limits is bad input, not a crash. */
    private static Record next(Path file, Iterator<Record> records, Cells cells) throws ScenarioException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Overflow o) {
                    throw fail(file, o.line, o.column, o.getMessage());
                }
            }
            if (String.valueOf(e.getCause() == null ? null : e.getCause().getMessage()).contains("maximum buffer size")) {
                // FastCSV's own limit on one cell (16 M characters), far beyond ours
                throw fail(file, cells.line(), cells.fields + 1, overLimit());
            }
            throw fail(file, (int) cells.start, 0, "cannot read this line as CSV");
        }
    }

    private static String overLimit() {
        return "a cell of over " + String.format(Locale.ROOT, "%,d", 2 * Limit.CELL_CHARS.value())
                + " characters, beyond the limit of " + Limit.CELL_CHARS.text();
    }

    private static int newlines(String c) {
        int n = 0;
        for (int i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    /** A record as parsed: its first line and its cells, untrimmed. */
    private record Record(int line, List<String> cells) {
    }

    /** A row beyond a limit, found while it is parsed. */
    private static final class Overflow extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Overflow(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Collects a record's cells for FastCSV, checking the limits as they come: at most
     * {@link #MAX_COLUMNS} cells, none over twice {@link Limit#CELL_CHARS} characters before
     * trimming (what is left is checked after trimming).
     */
    private static final class Cells extends AbstractBaseCsvCallbackHandler<Record> {
        private long start = 1;
        private int fields;
        private int inner;
        private List<String> cells = new ArrayList<>();

        int line() {
            return (int) start + inner;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            start = startingLineNumber;
            fields = 0;
            inner = 0;
            cells = new ArrayList<>();
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (fieldIdx >= MAX_COLUMNS) {
                throw new Overflow((int) start, 0, "more than " + MAX_COLUMNS + " cells in a row (expected a "
                        + "scenario file: a header, then one row per scenario)");
            }
            if (len > 2 * Limit.CELL_CHARS.value()) {
                throw new Overflow(line(), fieldIdx + 1, overLimit());
            }
            String cell = new String(buf, offset, len);
            inner += newlines(cell);
            fields = fieldIdx + 1;
            cells.add(cell);
        }

        @Override
        protected RecordWrapper<Record> buildRecord() {
            return wrapRecord(new Record((int) start, cells));
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
