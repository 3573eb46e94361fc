package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Analysis;
import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import dev.scalesim.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every shipped reference row inside the ranges docs/CALIBRATION.md documents, read from
 * the table between its {@code calibration:begin} and {@code calibration:end} markers, so a
 * changed default cannot silently make a shipped scenario absurd.
 *
 * <p>Each row runs its baseline, and its survival-rules arm where the row has a financing plan,
 * on {@value #TRIALS} trials (outcomes only). A median passes when
 * its distribution-free 4.5-sigma interval, the sample quantiles at 0.5 +- 4.5 x 0.5 / sqrt(n)
 * (the binomial count of trials below the median), meets the documented range; a mean (a
 * probability) when mean +- 4.5 standard errors meets it. Each check's false-alarm odds are
 * below 6.8e-6, about 3e-4 for the ~40 checks together; the seeds are the rows' own, so the
 * outcome is deterministic.
 */
class CalibrationTest {
    private static final int TRIALS = 200;
    private static final double Z = 4.5;

    record Check(String scenario, String arm, String metric, String statistic, double low, double high) {
    }

    static List<Check> documented() throws IOException {
        List<String> lines = Files.readAllLines(Repo.root().resolve("docs/CALIBRATION.md"));
        int begin = lines.indexOf("<!-- calibration:begin -->");
        int end = lines.indexOf("<!-- calibration:end -->");
        assertTrue(begin >= 0 && end > begin, "docs/CALIBRATION.md has the calibration table markers");
        List<Check> checks = new ArrayList<>();
        for (String line : lines.subList(begin + 1, end)) {
            String[] cells = line.split("\\|");
            if (cells.length < 8 || !cells[1].strip().startsWith("`")) {
                continue;  // header, separator
            }
            checks.add(new Check(strip(cells[1]), strip(cells[2]), strip(cells[3]), strip(cells[4]), number(cells[5]),
                    number(cells[6])));
        }
        assertFalse(checks.isEmpty(), "the calibration table has rows");
        return checks;
    }

    private static String strip(String cell) {
        return cell.strip().replace("`", "");
    }

    private static double number(String cell) {
        String s = cell.strip().replace("−", "-");
        return s.equals("-inf") ? Double.NEGATIVE_INFINITY : s.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(s);
    }

    private static Map<String, Scenario> shipped() throws Exception {
        Map<String, Scenario> byName = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Repo.scenarios())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                for (Scenario s : ScenarioFile.read(f)) {
                    byName.put(s.simulation().name(), s);
                }
            }
        }
        return byName;
    }

    @Test
    void referenceRowsStayInsideTheirDocumentedRanges() throws Exception {
        List<Check> checks = documented();
        Map<String, Scenario> scenarios = shipped();
        Map<String, Results> runs = new LinkedHashMap<>();
        List<String> outside = new ArrayList<>();
        for (Check c : checks) {
            Scenario s = scenarios.get(c.scenario());
            assertTrue(s != null, "docs/CALIBRATION.md names a shipped scenario: " + c.scenario());
            Results r = runs.computeIfAbsent(c.scenario(), name -> {
                Simulation sim = s.simulation();
                List<Arm> arms = sim.arms().stream()
                        .filter(a -> a.name().equals(Arm.BASELINE) || a.name().equals(Arm.SURVIVAL_RULES)).toList();
                return Engine.run(sim.withArms(arms).withRun(sim.months(), TRIALS, sim.seed())
                        .withAnalysis(Analysis.NONE.outcomesOnly()), 2);
            });
            int a = r.arms().stream().map(Arm::name).toList().indexOf(c.arm());
            assertTrue(a >= 0, c.scenario() + " has no arm " + c.arm() + " (a financing plan adds survival-rules)");
            int o = Outcomes.ALL.stream().map(Metric::id).toList().indexOf(c.metric());
            assertTrue(o >= 0, "unknown outcome " + c.metric());
            double lowEnd;
            double highEnd;
            if (c.statistic().equals("p50")) {
                double d = Z * 0.5 / Math.sqrt(TRIALS);
                lowEnd = r.outcomeHeldQuantile(a, o, 0.5 - d);
                highEnd = r.outcomeHeldQuantile(a, o, 0.5 + d);
            } else {
                double se = r.outcomeSd(a, o) / Math.sqrt(r.outcomeCount(a, o));
                lowEnd = r.outcomeMean(a, o) - Z * se;
                highEnd = r.outcomeMean(a, o) + Z * se;
            }
            if (highEnd < c.low() || lowEnd > c.high()) {
                outside.add(c + ": 4.5-sigma interval [" + lowEnd + ", " + highEnd + "]");
            }
        }
        assertTrue(outside.isEmpty(), "outside docs/CALIBRATION.md:\n" + String.join("\n", outside));
    }
}
