package dev.scalesim.report;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifier;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file being written: comma-delimited, '\n' line ends, UTF-8, quoted where needed
 * (FastCSV, written as univocity-parsers wrote them before: cells trimmed, a lone empty cell
 * makes no line, quotes where a cell holds a delimiter, quote or line end, or the first cell
 * starts with {@code #}). Text cells that a spreadsheet would run as a formula are neutralized
 * (OWASP CSV injection: a leading =, +, -, @, tab or carriage return gets a ' in front); numbers
 * are written as numbers.
 */
public final class CsvTable implements AutoCloseable {
    private final CsvWriter writer;
    private final List<String> row = new ArrayList<>();

    public CsvTable(Path file, String... header) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer = writer(out);
        try {
            write(writer, List.of(header));
        } catch (UncheckedIOException e) {
            throw io(e);
        }
    }

    /** A writer of this format: ',' delimited, '"' quoted, '\n' line ends. */
    public static CsvWriter writer(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    }

    /**
     * Writes a row as univocity-parsers did: each cell trimmed (of characters up to U+0020), and
     * a row of one empty cell not at all.
     */
    public static void write(CsvWriter writer, List<String> cells) {
        List<String> trimmed = new ArrayList<>(cells.size());
        for (String c : cells) {
            trimmed.add(c == null ? "" : c.trim());
        }
        if (trimmed.size() > 1 || trimmed.size() == 1 && !trimmed.get(0).isEmpty()) {
            writer.writeRecord(trimmed);
        }
    }

    /**
     * Reads a table this class wrote back, header row first, blank cells as empty strings (as
     * univocity read them: {@code #} lines and empty lines skipped, unquoted cells trimmed).
     */
    public static List<String[]> read(Path file) throws IOException {
        FieldModifier trim = new FieldModifier() {
            @Override
            public String modify(long line, int index, boolean quoted, String field) {
                return quoted ? field : field.trim();
            }
        };
        List<String[]> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                        .build(new CsvRecordHandler(trim), in)) {
            for (CsvRecord r : csv) {
                rows.add(r.getFields().toArray(new String[0]));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    /** Adds a text cell from user input or ids. */
    public CsvTable text(String value) {
        row.add(safe(value));
        return this;
    }

    /** Adds a cell already formatted and neutralized. */
    CsvTable raw(String cell) {
        row.add(cell);
        return this;
    }

    public CsvTable number(double value) {
        row.add(Numbers.format(value));
        return this;
    }

    /** A sketch quantile (four significant digits). */
    public CsvTable quantile(double value) {
        row.add(Numbers.quantile(value));
        return this;
    }

    public CsvTable number(long value) {
        row.add(Long.toString(value));
        return this;
    }

    public void endRow() throws IOException {
        try {
            write(writer, row);
        } catch (UncheckedIOException e) {
            throw io(e);
        }
        row.clear();
    }

    /**
     * The I/O failure inside FastCSV's unchecked exception (a full disk), wherever it sits in the
     * cause chain.
     */
    private static IOException io(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return new IOException(e.getMessage(), e);
    }

    /** Text a spreadsheet will show as text, never evaluate. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } catch (UncheckedIOException e) {
            // the final flush (a full disk shows up here) is a plain IOException; anything else
            throw io(e);
        }
    }
}
