package dev.scalesim.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scalesim.analysis.Analysed;
import dev.scalesim.kernel.Analysis;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.Hashes;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.Studies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code manifest.json}: what produced a report (version, seed, trials, input hashes, every
 * parameter as resolved with its origin, every solution's effects) and how long it took.
 */
public final class Manifest {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private Manifest() {
    }

    /**
     * The run's identity: equal fingerprints mean equal tables, so {@code --resume} may keep a
     * report whose fingerprint is this run's. It covers everything the tables depend on:
     * scalesim's version, the engine's block size, the input row (header and cells), the model
     * and its mechanisms, months, trials and seed after command-line overrides, every parameter
     * as resolved (model defaults included, at full precision) and every arm's interventions.
     * Threads and charts are left out: the tables do not depend on them.
     */
    public static String fingerprint(Scenario s, String version) {
        Simulation sim = s.simulation();
        StringBuilder b = new StringBuilder("scalesim-fingerprint-2\n").append(version).append('\n')
                .append(Engine.BLOCK).append('\n').append(s.rowSha256()).append('\n').append(s.model().id())
                .append('\n').append(sim.months()).append(',').append(sim.trials()).append(',').append(sim.seed())
                .append('\n').append(sim.segments()).append('\n').append(s.challengesOff());
        for (Mechanism m : sim.mechanisms()) {
            b.append('\n').append(m.id());
        }
        for (Param p : sim.params()) {
            // The record's text, not expression(): expressions round to 12 digits.
            b.append('\n').append(p.id()).append('=').append(p.value());
        }
        for (Arm arm : sim.arms()) {
            b.append('\n').append(arm);
        }
        // Sampling, correlations, milestones, sensitivity, precision (--precision included) and
        // the plan search change the tables too. A plain run adds nothing, so its fingerprint is
        // the one earlier versions wrote.
        if (!sim.analysis().equals(Analysis.NONE) || !s.studies().equals(Studies.DEFAULT)) {
            b.append("\nanalysis ").append(sim.analysis()).append("\nstudies ").append(s.studies());
        }
        return Hashes.sha256(b.toString());
    }

    /**
     * @param options the version, threads and whether charts were drawn, all recorded
     * @param reportNanos time spent writing the report, charts included
     * @param chartNanos time spent rendering charts (0 when they were skipped)
     */
    public static void write(Scenario s, Analysed analysed, ReportOptions options, long reportNanos, long chartNanos,
            Path file) throws IOException {
        Results r = analysed.results();
        String version = options.version();
        Simulation sim = s.simulation();
        JsonObject m = new JsonObject();
        m.addProperty("scalesim_version", version);
        m.addProperty("scenario", s.name());
        m.addProperty("model", s.model().id());
        m.addProperty("input_file", s.file().toString());
        m.addProperty("input_line", s.line());
        m.addProperty("input_file_sha256", s.fileSha256());
        m.addProperty("input_encoding", s.inputEncoding());
        m.addProperty("input_row_sha256", s.rowSha256());
        m.addProperty("fingerprint", fingerprint(s, version));
        m.addProperty("seed", sim.seed());
        m.addProperty("trials", r.trials());
        m.addProperty("months", sim.months());
        m.addProperty("charts", options.charts());
        m.addProperty("deck", options.deck());
        m.add("segments", strings(sim.segments()));
        m.add("challenges_on", strings(s.challengesOn()));
        m.add("challenges_off", strings(s.challengesOff()));
        JsonArray arms = new JsonArray();
        Set<Intervention> solutions = new LinkedHashSet<>();
        for (Arm arm : sim.arms()) {
            JsonObject a = new JsonObject();
            a.addProperty("arm", arm.name());
            a.add("solutions", strings(arm.interventions().stream().map(Intervention::id).toList()));
            arms.add(a);
            solutions.addAll(arm.interventions());
        }
        m.add("arms", arms);
        JsonArray params = new JsonArray();
        for (Param p : sim.params()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", p.id());
            o.addProperty("value", p.value().expression());
            o.addProperty("unit", p.def().unit().label());
            o.addProperty("origin", p.origin());
            params.add(o);
        }
        m.add("parameters", params);
        JsonArray sols = new JsonArray();
        for (Intervention iv : solutions) {
            JsonObject o = new JsonObject();
            o.addProperty("id", iv.id());
            o.addProperty("start_month", iv.start());
            o.addProperty("one_time_cost", iv.oneTimeCost().expression());
            o.addProperty("monthly_cost", iv.monthlyCost().expression());
            o.add("effects", strings(iv.effects().stream().map(Effect::describe).toList()));
            sols.add(o);
        }
        m.add("solutions", sols);
        m.add("analysis", AnalysisManifest.of(s, analysed));
        JsonObject timings = new JsonObject();
        timings.addProperty("engine", options.engine());
        timings.addProperty("threads", options.threads());
        timings.addProperty("simulate_ms", r.elapsedNanos() / 1_000_000);
        timings.addProperty("report_ms", reportNanos / 1_000_000);
        timings.addProperty("charts_ms", chartNanos / 1_000_000);
        m.add("timings", timings);
        Files.writeString(file, GSON.toJson(m) + "\n", StandardCharsets.UTF_8);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
