package dev.scalesim.scenario;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw rows of a scenario file with their line numbers: UTF-8 (with or without BOM) or
 * Windows-1252 text ({@link TextEncoding}), {@code ,} or {@code ;} delimited (whichever the
 * header uses; in a {@code ;} file numbers have decimal commas, {@link DecimalComma}),
 * {@code #} comment lines. Problems with the file as a whole (not text, an unterminated quote)
 * are reported here.
 *
 * @param file the file
 * @param sha256 hash of the file's bytes, for manifests
 * @param encoding how its bytes were read (UTF-8 or windows-1252)
 * @param delimiter the delimiter found in the header
 * @param header the header cells, trimmed
 * @param headerLine the header's line number
 * @param rows the data rows
 */
public record CsvRows(Path file, String sha256, String encoding, char delimiter, List<String> header,
        int headerLine, List<Row> rows) implements RowSource {
    /** Cells a row may have: far beyond any scenario file. */
    static final int MAX_COLUMNS = 10_000;

    /** A data row: its first line and its cells (trimmed; blank cells are empty strings). */
    public record Row(int line, List<String> cells) {
    }

    public static CsvRows read(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(file, 0, 0, "no such file");
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot read: " + e.getMessage());
        }
        TextEncoding.Decoded decoded = TextEncoding.decode(file, bytes);
        String text = decoded.text();
        char delimiter = delimiter(text);
        checkQuotes(file, text);
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.getFormat().setComment('#');
        settings.getFormat().setLineSeparator("\n");
        settings.setHeaderExtractionEnabled(false);
        settings.setSkipEmptyLines(true);
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(MAX_COLUMNS);
        settings.setNullValue("");
        settings.setEmptyValue("");
        CsvParser parser = new CsvParser(settings);
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        parser.beginParsing(new StringReader(lines));
        List<Row> rows = new ArrayList<>();
        String[] cells;
        while ((cells = next(file, parser, lines)) != null) {
            List<String> trimmed = new ArrayList<>(cells.length);
            int inner = 0;
            for (String cell : cells) {
                String c = cell == null ? "" : cell;
                inner += (int) c.chars().filter(ch -> ch == '\n').count();
                trimmed.add(c.strip());
            }
            if (trimmed.stream().allMatch(String::isEmpty)) {
                continue; // a line of delimiters only: Excel writes these for empty rows
            }
            rows.add(new Row((int) parser.getContext().currentLine() - inner, List.copyOf(trimmed)));
        }
        parser.stopParsing();
        if (rows.isEmpty()) {
            throw fail(file, 0, 0, "empty file: expected a header row with at least the columns "
                    + "scenario and model");
        }
        Row header = rows.remove(0);
        List<Row> data = delimiter == ';' ? DecimalComma.rewrite(header.cells(), rows) : List.copyOf(rows);
        return new CsvRows(file, Hashes.sha256(bytes), decoded.encoding(), delimiter, header.cells(), header.line(),
                data);
    }

    @Override
    public Problem problem(int line, int column, String message) {
        return new Problem(file, line, column, message);
    }

    @Override
    public String raggedHint() {
        return "check for a missing or extra delimiter '" + delimiter + "'";
    }

    /** The next record; a row beyond univocity's column limit is bad input, not a crash. */
    private static String[] next(Path file, CsvParser parser, String text) throws ScenarioException {
        try {
            return parser.parseNext();
        } catch (TextParsingException e) {
            // The line holding the character before the failure (the parser may be past its '\n').
            int end = (int) Math.max(0, Math.min(text.length(), e.getCharIndex() - 1));
            int line = 1 + (int) text.substring(0, end).chars().filter(ch -> ch == '\n').count();
            throw fail(file, line, 0, e.getColumnIndex() >= MAX_COLUMNS
                    ? "more than " + MAX_COLUMNS + " cells in a row (expected a scenario file: a header, then one "
                            + "row per scenario)"
                    : "cannot read this line as CSV: " + e.getCause());
        }
    }

    private static ScenarioException fail(Path file, int line, int column, String message) {
        return new ScenarioException(List.of(new Problem(file, line, column, message)));
    }

    /** The header's delimiter: ';' when it has more semicolons than commas outside quotes. */
    private static char delimiter(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (char ch : s.toCharArray()) {
                if (ch == '"') {
                    quoted = !quoted;
                } else if (!quoted && ch == ',') {
                    commas++;
                } else if (!quoted && ch == ';') {
                    semicolons++;
                }
            }
            return semicolons > commas ? ';' : ',';
        }
        return ',';
    }

    /** Finds a quoted cell that never closes, reporting the line and column where it opens. */
    private static void checkQuotes(Path file, String text) throws ScenarioException {
        int line = 1;
        boolean lineStart = true;
        boolean comment = false;
        boolean fieldStart = true;
        boolean quoted = false;
        int openLine = 0;
        int openColumn = 0;
        char delimiter = delimiter(text);
        int cell = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (ch == '\n') {
                    line++;
                }
                continue;
            }
            if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = true;
                comment = false;
                fieldStart = true;
                cell = 1;
                continue;
            }
            if (comment) {
                continue;
            }
            if (lineStart && ch == '#') {
                comment = true;
                continue;
            }
            lineStart = false;
            if (ch == delimiter) {
                fieldStart = true;
                cell++;
                continue;
            }
            if (fieldStart && ch == '"') {
                quoted = true;
                openLine = line;
                openColumn = cell;
            }
            if (!Character.isWhitespace(ch)) {
                fieldStart = false;
            }
        }
        if (quoted) {
            throw fail(file, openLine, openColumn, "unterminated quote: this cell opens a quote that "
                    + "never closes (expected a closing \")");
        }
    }
}
