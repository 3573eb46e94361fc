package dev.scalesim.scenario;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw rows of a scenario file with their line numbers: UTF-8 (with or without BOM) text,
 * {@code ,} or {@code ;} delimited (whichever the header uses), {@code #} comment lines (also when
 * a spreadsheet saved the comment as a quoted cell: a row whose first cell starts with {@code #}).
 * Problems with the file as a whole (not text, an unterminated quote) are reported here.
 *
 * @param file the file
 * @param sha256 hash of the file's bytes, for manifests
 * @param delimiter the delimiter found in the header
 * @param header the header cells, trimmed
 * @param headerLine the header's line number
 * @param rows the data rows
 */
public record CsvRows(Path file, String sha256, char delimiter, List<String> header, int headerLine,
        List<Row> rows) {
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
        String text = decode(file, bytes);
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
            if (trimmed.get(0).startsWith("#")) {
                continue; // a comment a spreadsheet re-saved in quotes ("# ... $50,000 ...",,,)
            }
            rows.add(new Row((int) parser.getContext().currentLine() - inner, List.copyOf(trimmed)));
        }
        parser.stopParsing();
        if (rows.isEmpty()) {
            throw fail(file, 0, 0, "empty file: expected a header row with at least the columns "
                    + "scenario and model");
        }
        Row header = rows.remove(0);
        return new CsvRows(file, Hashes.sha256(bytes), delimiter, header.cells(), header.line(),
                List.copyOf(rows));
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

    /** Strict UTF-8, BOM removed; binary content is refused with its position. */
    private static String decode(Path file, byte[] bytes) throws ScenarioException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw fail(file, lineAt(bytes, i), 0, "not a text file: found a NUL byte at offset "
                        + i + " (expected a UTF-8 CSV file)");
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw fail(file, lineAt(bytes, offset), 0, "not UTF-8 text: invalid byte 0x"
                    + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset
                    + " (save the file as CSV UTF-8)");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The header's delimiter: ';' when it has more semicolons than commas outside quotes. */
    private static char delimiter(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("\"#")) {
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
