package dev.scalesim.cli;

import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scalesim models}: one line per business model. */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the business models, one per line.")
public final class ModelsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Catalog.ids().stream().mapToInt(String::length).max().orElse(0);
        for (BusinessModel m : Catalog.models()) {
            out.printf("%-" + width + "s  %s: %s%n", m.id(), m.title(), m.summary());
        }
        return Main.OK;
    }
}
