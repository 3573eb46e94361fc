package dev.scalesim.scenario;

import java.util.List;
import java.util.Locale;

/**
 * The limits on what scalesim reads: the one table, documented in the README. Each is far
 * beyond any real scenario or solutions file and exists so that a hostile or broken input is a
 * clear message (exit 2), never an out-of-memory error, a hang or a report of gigabytes.
 * Messages quote at most a short prefix of a cell ({@link #quote}).
 */
public enum Limit {
    FILE_BYTES("file size", 100_000_000L, "bytes", "a scenario or solutions file"),
    ROWS("rows", 1_000_000L, "rows", "data rows of one file"),
    COLUMNS("columns", 10_000L, "cells", "cells of one row"),
    CELL_CHARS("cell length", 10_000L, "characters", "one cell"),
    NAME_CHARS("name length", 200L, "characters", "a scenario name, solution id or plan name"),
    MAGNITUDE("number size", 1_000_000_000_000_000L, "in absolute value",
            "any number in a parameter or solution cell (1e15: beyond any business quantity, far from overflow)");

    /** Characters of a cell a message quotes. */
    public static final int QUOTED_CHARS = 40;

    private final String label;
    private final long value;
    private final String unit;
    private final String applies;

    Limit(String label, long value, String unit, String applies) {
        this.label = label;
        this.value = value;
        this.unit = unit;
        this.applies = applies;
    }

    public String label() {
        return label;
    }

    public long value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    /** What the limit applies to, for the README. */
    public String applies() {
        return applies;
    }

    /** The value as the README and messages write it ({@code 100,000,000}). */
    public String text() {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** True when {@code n} is beyond the limit. */
    public boolean exceeded(long n) {
        return n > value;
    }

    /** Every limit, in README order. */
    public static List<Limit> table() {
        return List.of(values());
    }

    /**
     * A cell as messages quote it: whole when short, else its first {@value #QUOTED_CHARS}
     * characters and its length, so a 10 MB cell never lands in a terminal or a log.
     */
    public static String quote(String cell) {
        if (cell.length() <= QUOTED_CHARS) {
            return cell;
        }
        return cell.substring(0, QUOTED_CHARS) + "... (" + String.format(Locale.ROOT, "%,d", cell.length())
                + " characters)";
    }
}
