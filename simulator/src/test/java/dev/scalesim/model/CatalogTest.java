package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.cli.Main;
import dev.scalesim.kernel.Analysis;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import dev.scalesim.stats.Distribution;
import dev.scalesim.stats.PairedDelta;
import dev.scalesim.support.Repo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model of the catalogue, checked the same way on its example scenario (the first row of
 * {@code scenarios/<model>.csv}). Comparisons are paired: each challenge switched off, and each
 * solution, is an arm of one run, so every arm sees the same random numbers. Seeds are fixed, so
 * these tests are deterministic; the assertions require the 95% interval to exclude zero.
 * The suite's longest class: its cases are independent runs and share the test threads.
 */
@Execution(ExecutionMode.CONCURRENT)
class CatalogTest {
    private static final int TRIALS = 2_000;

    static Stream<BusinessModel> models() {
        return Catalog.models().stream();
    }

    static Scenario example(BusinessModel m) throws Exception {
        Path file = Repo.scenarios().resolve(m.id() + ".csv");
        assertTrue(Files.isRegularFile(file), "every model ships an example scenario: " + file);
        Scenario s = ScenarioFile.read(file).get(0);
        assertEquals(m.id(), s.model().id(), "the first row of " + file + " is the model's example");
        return s.withRun(null, TRIALS, null);
    }

    /**
     * The arms on the example's inputs, plain Monte Carlo, recording outcomes only: the checks
     * and MODELS.md's tables read paired outcomes, and the monthly sketches were most of the cost.
     */
    private static Results run(Scenario s, List<Arm> arms) {
        Simulation sim = s.simulation();
        return Engine.run(new Simulation(sim.name(), sim.months(), sim.trials(), sim.seed(), sim.segments(),
                sim.params(), sim.mechanisms(), arms, Analysis.NONE.outcomesOnly()), 2);
    }

    private static int outcome(String id) {
        return Outcomes.ALL.stream().map(Metric::id).toList().indexOf(id);
    }

    private static void assertMoves(Results r, int arm, String outcome, String what) {
        int o = outcome(outcome);
        Metric metric = Outcomes.ALL.get(o);
        PairedDelta d = r.paired(arm, o);
        boolean moved = metric.higherIsBetter() ? d.ciLow() > 0 : d.ciHigh() < 0;
        assertTrue(moved, what + " should " + (metric.higherIsBetter() ? "raise " : "lower ") + outcome
                + ", got delta " + d.deltaMean() + " [" + d.ciLow() + ", " + d.ciHigh() + "]");
    }

    @ParameterizedTest
    @MethodSource("models")
    void switchingAChallengeOffImprovesWhatItHurts(BusinessModel m) throws Exception {
        Scenario s = example(m);
        List<Arm> arms = new ArrayList<>(List.of(Arm.baseline()));
        List<Challenge> on = m.challenges().stream().filter(c -> s.challengesOn().contains(c.id())).toList();
        assertFalse(on.isEmpty(), m.id() + ": the example scenario keeps challenges on");
        for (Challenge c : on) {
            List<Effect> neutral = c.neutral().entrySet().stream()
                    .map(e -> Effect.of(e.getKey(), Effect.Op.SET, Distribution.constant(e.getValue()))).toList();
            arms.add(new Arm("no-" + c.id(), List.of(new Intervention("no-" + c.id(), neutral,
                    Distribution.constant(0), Distribution.constant(0), 1))));
        }
        Results r = run(s, arms);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < on.size(); i++) {
            rows.add(MeasuredTable.row("challenge `" + on.get(i).id() + "` off", on.get(i).hurts(),
                    r.paired(i + 1, outcome(on.get(i).hurts()))));
        }
        MeasuredTable.check(m.id(), "challenge ", rows);
        for (int i = 0; i < on.size(); i++) {
            assertMoves(r, i + 1, on.get(i).hurts(), m.id() + ": switching " + on.get(i).id() + " off");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everySolutionMovesItsTarget(BusinessModel m) throws Exception {
        Scenario s = example(m);
        List<Arm> arms = new ArrayList<>(List.of(Arm.baseline()));
        m.solutions().forEach(sol -> arms.add(new Arm(sol.id(), List.of(sol.intervention()))));
        Results r = run(s, arms);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < m.solutions().size(); i++) {
            Solution sol = m.solutions().get(i);
            if (!ModelsDocTest.STRATEGIES.contains(sol.id())) {
                rows.add(MeasuredTable.row("solution `" + sol.id() + "`", sol.target(),
                        r.paired(i + 1, outcome(sol.target()))));
            }
        }
        MeasuredTable.check(m.id(), "solution ", rows);
        for (int i = 0; i < m.solutions().size(); i++) {
            Solution sol = m.solutions().get(i);
            assertMoves(r, i + 1, sol.target(), m.id() + ": solution " + sol.id());
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void starterScenarioValidatesAndRuns(BusinessModel m, @TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(Main.OK, Main.execute(new String[] {"new", m.id()}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        Path file = dir.resolve("starter.csv");
        Files.writeString(file, out.toString());
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", file.toString(), "--trials", "200", "--out", dir.resolve("out").toString(),
            "--quiet", "--no-charts"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Main.OK, code, err.toString());
    }

    /**
     * At each file's own horizon (CatalogDeterminismTest runs them all for 18 months, on one
     * thread and on three); 100 trials, as the check is that every month of every row runs.
     */
    @Test
    void everyShippedScenarioRunsToItsHorizon(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(Repo.scenarios(), "*.csv")) {
            all.forEach(files::add);
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            StringWriter err = new StringWriter();
            int code = Main.execute(new String[] {"run", file.toString(), "--trials", "100", "--out",
                dir.resolve(file.getFileName().toString()).toString(), "--quiet", "--no-charts"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(Main.OK, code, file + ": " + err);
        }
    }
}
