package dev.scalesim.cli;

import java.util.List;

/** Bad input or usage: its lines are printed as they are, the exit code is 2. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    public UserException(String message) {
        this(List.of(message));
    }

    public UserException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
