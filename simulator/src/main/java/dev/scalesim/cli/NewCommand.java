package dev.scalesim.cli;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.scenario.RunColumns;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        List<String> header = new ArrayList<>(List.of(RunColumns.SCENARIO, RunColumns.MODEL, RunColumns.MONTHS,
                RunColumns.TRIALS, RunColumns.SEED, RunColumns.CHALLENGES, RunColumns.SOLUTIONS, RunColumns.PLANS));
        List<String> row = new ArrayList<>(List.of("my-" + m.id(), m.id(), Integer.toString(RunColumns.DEFAULT_MONTHS),
                Integer.toString(RunColumns.DEFAULT_TRIALS), Long.toString(RunColumns.DEFAULT_SEED), "all", "all", ""));
        for (String id : CORE) {
            ParamDef def = m.param(id).orElse(null);
            if (def == null) {
                continue;
            }
            List<String> values = def.perSegment()
                    ? m.defaultSegments().stream().map(s -> m.defaultFor(s, id).value().expression()).toList()
                    : List.of(m.defaultFor(null, id).value().expression());
            if (values.stream().distinct().count() == 1) {
                header.add(id);
                row.add(values.get(0));
            } else {
                // Segments differ (buyers and sellers, developers and enterprises): one column each,
                // since a plain column would give every segment the first one's value.
                for (int s = 0; s < values.size(); s++) {
                    header.add(m.defaultSegments().get(s) + "." + id);
                    row.add(values.get(s));
                }
            }
        }
        CsvWriterSettings settings = new CsvWriterSettings();
        settings.getFormat().setLineSeparator("\n");
        CsvWriter writer = new CsvWriter(out, settings);
        writer.writeRow(header);
        writer.writeRow(row);
        writer.flush();
        return Main.OK;
    }
}
