package dev.scalesim.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Challenge;
import dev.scalesim.model.Solution;
import dev.scalesim.report.CsvTable;
import dev.scalesim.scenario.RunColumns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scalesim new MODEL}: prints a starter scenario file that validates and runs. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a starter scenario file for a model (redirect it to a .csv file).")
public final class NewCommand implements Callable<Integer> {
    /** The glossary parameters shared by every model, shown in the starter when a model has them. */
    static final List<String> CORE = List.of("starting_cash", "marketing_budget", "cac", "organic_customers",
            "referral_rate", "monthly_churn", "price", "expansion", "fixed_costs", "cost_per_use", "uses_per_customer");

    @Parameters(paramLabel = "MODEL", description = "A model id (see: scalesim models).")
    private String modelId;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BusinessModel m = Models.find(modelId);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("# scalesim starter scenario for %s (%s)%n", m.id(), m.title());
        out.printf("# One scenario per row. Blank cells use the model's defaults; every parameter, challenge%n");
        out.printf("# and solution is listed by: scalesim describe %s%n", m.id());
        out.printf("# Values: 0.05, 5%%, 50k, 1.2M, $1,200, pert(min,mode,max), uniform(a,b), '300 to 900' (90%% range)%n");
        out.printf("# Challenges (on by default): %s%n",
                m.challenges().stream().map(Challenge::id).collect(Collectors.joining(", ")));
        out.printf("# Solutions (each an arm; combine them in plans): %s%n",
                m.solutions().stream().map(Solution::id).collect(Collectors.joining(", ")));
        out.printf("# Your own solutions: a solutions_file column or --solutions FILE (see the README)%n");
        List<String> header = new ArrayList<>(List.of(RunColumns.SCENARIO, RunColumns.MODEL, RunColumns.MONTHS,
                RunColumns.TRIALS, RunColumns.SEED, RunColumns.SEGMENTS, RunColumns.CHALLENGES, RunColumns.SOLUTIONS,
                RunColumns.PLANS));
        List<String> row = new ArrayList<>(List.of("my-" + m.id(), m.id(), Integer.toString(RunColumns.DEFAULT_MONTHS),
                Integer.toString(RunColumns.DEFAULT_TRIALS), Long.toString(RunColumns.DEFAULT_SEED),
                String.join(";", m.defaultSegments()), "all", "all", ""));
        for (String id : CORE) {
            ParamDef def = m.param(id).orElse(null);
            if (def == null) {
                continue;
            }
            if (!def.perSegment()) {
                header.add(id);
                row.add(m.defaultFor(null, id).value().expression());
                continue;
            }
            // one column when every segment starts alike, else one per segment (smb.price, ...)
            List<String> values = m.defaultSegments().stream()
                    .map(seg -> m.defaultFor(seg, id).value().expression()).toList();
            if (values.stream().distinct().count() == 1) {
                header.add(id);
                row.add(values.get(0));
            } else {
                for (int k = 0; k < values.size(); k++) {
                    header.add(m.defaultSegments().get(k) + "." + id);
                    row.add(values.get(k));
                }
            }
        }
        CsvWriter writer = CsvTable.writer(out);
        CsvTable.write(writer, header);
        CsvTable.write(writer, row);
        try {
            writer.flush(); // not closed: out is picocli's
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Main.OK;
    }
}
