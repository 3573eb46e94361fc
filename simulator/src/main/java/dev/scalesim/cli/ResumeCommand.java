package dev.scalesim.cli;

import java.util.List;
import java.util.regex.Pattern;

/** The command line that resumes a run: the same arguments plus {@code --resume}, quoted for a POSIX shell. */
final class ResumeCommand {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

    private ResumeCommand() {
    }

    static String of(List<String> args) {
        StringBuilder b = new StringBuilder(System.getProperty(RunCommand.PROGRAM_PROPERTY, "scalesim"));
        for (String a : args) {
            b.append(' ').append(quote(a));
        }
        if (!args.contains("--resume")) {
            b.append(" --resume");
        }
        return b.toString();
    }

    static String quote(String arg) {
        return PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
