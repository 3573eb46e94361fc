package dev.scalesim.scenario;

import java.nio.file.Path;

/**
 * One thing wrong with a scenario file, located so an editor can jump to it.
 *
 * @param file the file
 * @param line 1-based line, 0 when the problem is the whole file
 * @param column 1-based column (cell index), 0 when the problem is the whole line
 * @param message what is wrong and what was expected
 */
public record Problem(Path file, int line, int column, String message) implements Comparable<Problem> {
    /** Characters of a message kept: messages quote short prefixes of cells, this holds whatever slips through. */
    static final int MAX_MESSAGE = 1_000;

    public Problem {
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "... (message cut)";
        }
    }

    /** {@code file:line:column: message}, the format compilers use. */
    public String format() {
        StringBuilder b = new StringBuilder(file.toString());
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(message).toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
