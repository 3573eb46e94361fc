package dev.scalesim.report;

import com.univocity.parsers.common.TextWritingException;
import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file being written: comma-delimited, '\n' line ends, UTF-8, quoted where needed
 * (univocity-parsers). Text cells that a spreadsheet would run as a formula are neutralized
 * (OWASP CSV injection: a leading =, +, -, @, tab or carriage return gets a ' in front); numbers
 * are written as numbers.
 */
public final class CsvTable implements AutoCloseable {
    private final CsvWriter writer;
    private final List<String> row = new ArrayList<>();

    public CsvTable(Path file, String... header) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.getFormat().setLineSeparator("\n");
        settings.setQuoteEscapingEnabled(true);
        settings.setNullValue("");
        settings.setEmptyValue("");
        writer = new CsvWriter(out, settings);
        writer.writeRow((Object[]) header);
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
            writer.writeRow(row);
        } catch (TextWritingException e) {
            throw io(e);
        }
        row.clear();
    }

    /**
     * The I/O failure inside univocity's exception (a full disk), wherever it sits in the cause
     * chain: a row that fails mid-file is wrapped once more than a failed final flush.
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
        } catch (IllegalStateException | TextWritingException e) {
            // univocity wraps the IOException of the final flush (a full disk shows up here)
            throw io(e);
        }
    }
}
