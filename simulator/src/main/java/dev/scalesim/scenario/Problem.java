package dev.scalesim.scenario;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a scenario file, located so an editor can jump to it.
 *
 * @param file the file
 * @param sheet the workbook sheet, or null for a CSV file
 * @param line 1-based line (a workbook's row number), 0 when the problem is the whole file
 * @param column 1-based column (cell index), 0 when the problem is the whole line
 * @param message what is wrong and what was expected
 */
public record Problem(Path file, String sheet, int line, int column, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> p.file.toString())
            .thenComparing(p -> Objects.requireNonNullElse(p.sheet, ""))
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);
    /** Characters of a message kept: messages quote short prefixes of cells, this holds whatever slips through. */
    static final int MAX_MESSAGE = 1_000;

    public Problem {
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "... (message cut)";
        }
    }

    /** A problem in a CSV file. */
    public Problem(Path file, int line, int column, String message) {
        this(file, null, line, column, message);
    }

    /**
     * {@code file:line:column: message}, the format compilers use; in a workbook
     * {@code file.xlsx!Sheet!B7: message}, the way Excel names a cell ({@code !Sheet!7:7} for a
     * whole row).
     */
    public String format() {
        StringBuilder b = new StringBuilder(file.toString());
        if (sheet != null) {
            b.append('!').append(sheetName(sheet));
            if (line > 0) {
                b.append('!').append(column > 0 ? columnName(column) + line : line + ":" + line);
            }
        } else if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(message).toString();
    }

    /** Excel's column letters: 1 is A, 27 is AA. */
    static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    /** A sheet name as Excel writes it in a reference: quoted when it is not a plain word. */
    private static String sheetName(String sheet) {
        return sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }
}
