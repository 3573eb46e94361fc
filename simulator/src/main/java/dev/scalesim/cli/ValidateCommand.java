package dev.scalesim.cli;

import dev.scalesim.batch.Cancellation;
import dev.scalesim.batch.ShutdownGuard;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioException;
import dev.scalesim.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scalesim validate FILE...}: checks scenario files without running anything. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check scenario files and report every problem; runs nothing.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    private Inputs inputs;

    @Mixin
    private Overrides overrides;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException {
        // Streamed: each scenario is checked and dropped, keeping only its line, so memory does not
        // hold every scenario of a large file. The lines are printed once every file is valid.
        List<String> lines = new ArrayList<>();
        UnaryOperator<Scenario> override = overrides.each();
        // a signal stops validation at once: nothing is written, so nothing needs cleaning up
        ShutdownGuard guard = ShutdownGuard.install(new Cancellation(), Main.INTERRUPTED, 0,
                "scalesim: interrupted while validating");
        try {
            ScenarioFile.check(inputs.files(), inputs.solutions(), file -> { }, read -> {
                Scenario s = override.apply(read);
                lines.add(String.format(Locale.ROOT, "ok  %s:%d  %s  (%s, %d arms, %d months, %d trials, seed %d)",
                        s.file(), s.line(), s.name(), s.model().id(), s.simulation().arms().size(),
                        s.simulation().months(), s.simulation().trials(), s.simulation().seed()));
            });
        } finally {
            guard.close();
        }
        lines.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().printf("%d scenario%s valid%n", lines.size(), lines.size() == 1 ? "" : "s");
        return Main.OK;
    }
}
