package dev.scalesim.cli;

import dev.scalesim.batch.progress.Terminal;
import dev.scalesim.kernel.Engine;
import dev.scalesim.scenario.Problem;
import dev.scalesim.scenario.ScenarioException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scalesim}: the entry point. */
@Command(name = "scalesim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Monte Carlo scaling simulator for AI business models.",
        subcommands = {RunCommand.class, ValidateCommand.class, ModelsCommand.class, DescribeCommand.class,
            NewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERRUPTED = 130;
    /** Problems printed before "... and N more". */
    static final int MAX_PROBLEMS = 200;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** No command given: a usage error (exit 2), with the usage on stderr. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("scalesim: missing command (run, validate, models, describe, new)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Terminal.stderrIsTerminal()));
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, false);
    }

    /**
     * Runs a command line with the given streams; {@code errIsTerminal} says that {@code err}
     * is a terminal, where {@code run} draws a live progress bar.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean errIsTerminal) {
        CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == RunCommand.class ? type.cast(new RunCommand(errIsTerminal))
                        : CommandLine.defaultFactory().create(type);
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> handle(e, err));
        cli.setParameterExceptionHandler((e, line) -> usageError(e, err));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // the heap is full outside a scenario (reading very many rows, say): one line, not a trace
            err.println("scalesim: out of memory (Java heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give Java more memory, e.g. SCALESIM_JAVA_OPTS=-Xmx4g, or split the input files");
            err.flush();
            return FAILURE;
        }
    }

    /**
     * A command-line mistake picocli found (unknown option or command, a value of the wrong type):
     * one line in the style of every other message, with the nearest valid option, then where
     * the usage is, rather than picocli's own wording and the whole usage text.
     */
    private static int usageError(CommandLine.ParameterException e, PrintWriter err) {
        String message = e.getMessage().strip();
        message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            suggestion = "; did you mean '" + u.getSuggestions().get(0) + "'?";
        }
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        err.println("scalesim: " + message + suggestion + " (" + command + " --help lists the "
                + (e.getCommandLine().getSubcommands().isEmpty() ? "options" : "commands and options") + ")");
        return BAD_INPUT;
    }

    private static int handle(Exception e, PrintWriter err) {
        if (e instanceof ScenarioException se) {
            List<Problem> problems = se.problems();
            problems.stream().limit(MAX_PROBLEMS).forEach(p -> err.println(p.format()));
            if (problems.size() > MAX_PROBLEMS) {
                err.println("... and " + (problems.size() - MAX_PROBLEMS) + " more problems");
            }
            err.println("scalesim: " + se.getMessage() + "; nothing was run");
            return BAD_INPUT;
        }
        if (e instanceof UserException ue) {
            ue.lines().forEach(l -> err.println("scalesim: " + l));
            return BAD_INPUT;
        }
        if (e instanceof Engine.CancelledException) {
            err.println("scalesim: interrupted");
            return INTERRUPTED;
        }
        err.println("scalesim: internal error: " + e);
        if (System.getenv("SCALESIM_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("scalesim: set SCALESIM_DEBUG=1 for the stack trace");
        }
        return FAILURE;
    }
}
