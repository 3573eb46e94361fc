package dev.scalesim.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Simulation;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The engine's throughput per scenario and thread count, in one JVM (no start-up, no report),
 * as medians of repeated runs after a warm-up: trials per second, cohort-month updates per
 * second, and the same per CPU-second of the process (which a busy machine disturbs much less
 * than wall time; it is the rate an idle core would give). One line per measurement:
 *
 * <pre>
 *   java -cp benchmarks.jar dev.scalesim.bench.Throughput [--trials N] [--runs N] [--threads 1,2] plain subscription-saas ...
 * </pre>
 */
public final class Throughput {
    private Throughput() {
    }

    public static void main(String[] args) {
        int trials = 10_000;
        int runs = 5;
        double warmupSeconds = 4;
        int[] threads = {1, 2};
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--trials" -> trials = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmupSeconds = Double.parseDouble(args[++i]);
                case "--threads" -> threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            names.add(BenchScenarios.PLAIN);
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%-22s %7s %8s %6s %12s %12s %14s %14s %6s%n", "scenario", "threads", "trials",
                "arms", "trials/s", "trials/cpu-s", "cohort-mo/s", "cohort-mo/cpu-s", "load");
        for (String name : names) {
            Simulation sim = BenchScenarios.load(name, trials);
            long cohortMonths = BenchScenarios.cohortMonths(sim);
            for (int t : threads) {
                long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
                do {
                    Engine.run(sim, t);
                } while (System.nanoTime() < warmupEnd);
                double[] wall = new double[runs];
                double[] cpu = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long cpu0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    Engine.run(sim, t);
                    wall[r] = (System.nanoTime() - t0) / 1e9;
                    cpu[r] = (os.getProcessCpuTime() - cpu0) / 1e9;
                }
                double w = median(wall);
                double c = median(cpu);
                System.out.printf(Locale.ROOT, "%-22s %7d %8d %6d %12.0f %12.0f %14.4g %14.4g %6.2f%n", name, t, trials,
                        sim.arms().size(), trials / w, trials / c, cohortMonths / w, cohortMonths / c,
                        os.getSystemLoadAverage());
            }
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
