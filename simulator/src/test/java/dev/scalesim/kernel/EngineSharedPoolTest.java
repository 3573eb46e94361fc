package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.report.ReportOptions;
import dev.scalesim.report.ReportWriter;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import dev.scalesim.support.ScenarioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulations sharing one pool: same tables as alone, and a cancelled one frees the pool. */
class EngineSharedPoolTest {
    @TempDir
    Path dir;

    @Test
    void simulationsSharingAPoolGiveTheTablesTheyGiveAlone() throws Exception {
        List<Scenario> scenarios = ScenarioFile.read(ScenarioFiles.write(dir.resolve("s.csv"), "s", 3, 2_100, 12,
                "faster-onboarding"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Results>> shared = new ArrayList<>();
            for (Scenario s : scenarios) {
                shared.add(CompletableFuture.supplyAsync(() -> Engine.run(s.simulation(),
                        Engine.workersFor(s.simulation(), 3), pool, Engine.Listener.NONE)));
            }
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario s = scenarios.get(i);
                Path alone = ReportWriter.write(dir.resolve("alone"), s, Engine.run(s.simulation(), 1),
                        new ReportOptions("t", 1, false));
                Path together = ReportWriter.write(dir.resolve("shared"), s, shared.get(i).get(),
                        new ReportOptions("t", 1, false));
                for (String table : List.of("summary.csv", "monthly.csv", "solutions.csv")) {
                    assertArrayEquals(Files.readAllBytes(alone.resolve(table)),
                            Files.readAllBytes(together.resolve(table)), s.name() + " " + table);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void interruptingTheCallerCancelsTheRunAndItsBlocks() throws Exception {
        Scenario s = ScenarioFile.read(ScenarioFiles.write(dir.resolve("big.csv"), "big", 1, 5_000_000, 36, "all"))
                .get(0);
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);
        CountDownLatch firstBlock = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                Engine.run(s.simulation(), 2, pool, (done, total) -> firstBlock.countDown());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        try {
            caller.start();
            assertTrue(firstBlock.await(5, TimeUnit.MINUTES), "the run started");
            caller.interrupt();
            caller.join(TimeUnit.MINUTES.toMillis(5));
            assertTrue(thrown.get() instanceof Engine.CancelledException, "cancelled: " + thrown.get());
            // Blocks in flight were interrupted and stop between trials: the pool drains.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (pool.getActiveCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(pool.getActiveCount() == 0 && pool.getQueue().isEmpty(), "no block left running or queued");
        } finally {
            pool.shutdownNow();
        }
        assertThrows(IllegalArgumentException.class, () -> Engine.run(s.simulation(), 0, pool, Engine.Listener.NONE));
    }

    @Test
    void anInterruptedWorkerStopsBetweenTrialsWithoutFinishingItsBlock() throws Exception {
        Simulation sim = ScenarioFile.read(ScenarioFiles.write(dir.resolve("w.csv"), "w", 1, 1_000, 12, "none"))
                .get(0).simulation();
        Layout layout = new Layout(sim);
        Worker worker = new Worker(layout);
        Summary into = new Summary(layout.plans().size(), layout.monthly().size(), sim.months());
        Thread.currentThread().interrupt();
        try {
            assertThrows(Engine.CancelledException.class, () -> worker.run(0, Engine.BLOCK, into));
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, into.trials, "no trial of the block was counted");
    }
}
