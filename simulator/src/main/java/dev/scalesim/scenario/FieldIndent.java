package dev.scalesim.scenario;

import java.io.IOException;
import java.io.Reader;

/**
 * Drops the blanks (spaces, tabs) that open a cell outside quotes, so that {@code a, "b,c"} reads
 * {@code "b,c"} as a quoted cell, as the earlier parser (and {@link TextScan#unclosedQuote}) did;
 * FastCSV only takes a quote as opening when it is a cell's first character. Cells are trimmed
 * after parsing anyway, so nothing else changes; line ends are kept, so lines keep their numbers.
 */
final class FieldIndent extends CharFilter {
    private final char delimiter;
    private boolean fieldStart = true;
    private boolean quoted;
    private boolean quoteSeen;

    FieldIndent(Reader in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        while (true) {
            int c = in.read();
            if (c < 0) {
                return c;
            }
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    quoteSeen = true;
                }
                return c;
            }
            if (quoteSeen) {
                quoteSeen = false;
                if (c == '"') {
                    quoted = true; // an escaped quote: still inside the cell
                    return c;
                }
            }
            if (c == delimiter || c == '\n') {
                fieldStart = true;
                return c;
            }
            if (fieldStart && (c == ' ' || c == '\t')) {
                continue;
            }
            if (fieldStart && c == '"') {
                quoted = true;
            }
            fieldStart = false;
            return c;
        }
    }
}
