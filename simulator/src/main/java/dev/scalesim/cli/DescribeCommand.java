package dev.scalesim.cli;

import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Challenge;
import dev.scalesim.model.Default;
import dev.scalesim.model.Segment;
import dev.scalesim.model.Solution;
import dev.scalesim.stats.Checks;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scalesim describe MODEL}: every parameter, challenge and solution of a model. */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a model's parameters (meaning, unit, default, source), challenges and solutions.")
public final class DescribeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "A model id (see: scalesim models).")
    private String modelId;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BusinessModel m = Models.find(modelId);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s%n  %s%n  Revenue streams: %s%n", m.id(), m.title(), m.summary(), m.revenueStreams());
        out.printf("  Mechanisms, in monthly order: %s%n",
                m.mechanisms().stream().map(Mechanism::id).collect(Collectors.joining(", ")));
        out.println();
        out.println("Segments (the segments column picks them; default: " + String.join(", ", m.defaultSegments()) + ")");
        for (Segment s : m.segments()) {
            out.printf("  %s: %s, %s%n", s.id(), s.title(), s.channel());
        }
        out.println();
        out.println("Parameters (a blank cell uses the default; <segment>.<id> sets one segment's value)");
        for (ParamDef p : m.params()) {
            out.printf("  %s  [%s, valid %s%s]%n      %s%n", p.id(), p.unit().label(), p.range(),
                    p.perSegment() ? ", per segment" : "", p.meaning());
            if (p.perSegment()) {
                for (Segment s : m.segments()) {
                    printDefault(out, s.id() + ": ", m.defaultFor(s.id(), p.id()), p);
                }
            } else {
                printDefault(out, "", m.defaultFor(null, p.id()), p);
            }
        }
        out.println();
        out.println("Challenges (on unless the challenges column leaves them out)");
        for (Challenge c : m.challenges()) {
            out.printf("  %s: %s%n      how: %s%n      off means: %s%n", c.id(), c.title(), c.mechanism(),
                    c.neutral().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + " = " + Checks.format(e.getValue()).replace("Infinity", "unlimited"))
                            .collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("Solutions (override a size with a <solution>.<param> column; timing with <solution>.start/.ramp;");
        out.println("           costs with <solution>.one_time_cost/.monthly_cost)");
        for (Solution s : m.solutions()) {
            out.printf("  %s: %s (meant to move %s)%n", s.id(), s.title(), s.target());
            for (Effect e : s.effects()) {
                out.printf("      %s%n", e.describe());
            }
            out.printf("      costs: one-time %s, monthly %s, from month %d%n", s.oneTimeCost().expression(),
                    s.monthlyCost().expression(), s.start());
        }
        return Main.OK;
    }

    private static void printDefault(PrintWriter out, String prefix, Default d, ParamDef p) {
        out.printf("      default %s%s (%s)%n", prefix, p.written(d.value()), d.source());
    }
}
