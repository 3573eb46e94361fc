package dev.scalesim.support;

import dev.scalesim.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, capturing what it prints. */
public final class Cli {
    private Cli() {
    }

    /** What a command line printed and returned. */
    public record Result(int code, String out, String err) {
        /** Everything printed, for assertion messages. */
        public String printed() {
            return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.execute(args, o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }
}
