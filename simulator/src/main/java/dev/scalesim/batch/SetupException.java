package dev.scalesim.batch;

import java.util.List;

/**
 * A run that cannot start: two scenarios would share a report folder, an output folder cannot
 * be created or written, or another run holds it. Nothing was simulated; each line is one
 * problem, ready to print.
 */
public final class SetupException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    public SetupException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
