package dev.scalesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Engine;
import dev.scalesim.scenario.ScenarioFile;
import dev.scalesim.support.ScenarioFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admission of scenarios: within the thread budget and the memory budget, one always let through. */
class SimulationsTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioWaitsUntilTheMemoryOfTheOneBeforeIsGivenBack() throws Exception {
        List<Job> jobs = Plan.of(ScenarioFile.read(ScenarioFiles.write(dir.resolve("m.csv"), "m", 2, 5_000, 12, "all")),
                dir.resolve("out")).jobs();
        long perWorker = Engine.workerBytes(jobs.get(0).scenario().simulation());
        // Room for one scenario with two workers and its results, not for a second one.
        try (Simulations sims = new Simulations(4, (long) (3.5 * perWorker))) {
            assertEquals(2, sims.workersFor(jobs.get(0).scenario().simulation(), perWorker),
                    "four threads, but the heap fits two workers and the results");
            CountDownLatch firstRunning = new CountDownLatch(1);
            CountDownLatch secondRunning = new CountDownLatch(1);
            AtomicReference<Simulations.Claim> first = new AtomicReference<>();
            assertTrue(sims.start(jobs.get(0), () -> false, (claim, pool) -> {
                first.set(claim);
                firstRunning.countDown();
            }));
            assertTrue(firstRunning.await(1, TimeUnit.MINUTES));
            Thread starter = new Thread(() -> sims.start(jobs.get(1), () -> false, (claim, pool) -> {
                secondRunning.countDown();
                claim.release();
            }));
            starter.start();
            first.get().workersDone();
            assertFalse(secondRunning.await(300, TimeUnit.MILLISECONDS), "the first one's results still hold memory");
            first.get().release();
            assertTrue(secondRunning.await(1, TimeUnit.MINUTES), "released: the second one starts");
            starter.join();
        }
    }

    @Test
    void aScenarioTooLargeForTheHeapStillRunsAloneOnOneWorker() throws Exception {
        Job job = Plan.of(ScenarioFile.read(ScenarioFiles.write(dir.resolve("x.csv"), "x", 1, 5_000, 12, "all")),
                dir.resolve("out")).jobs().get(0);
        try (Simulations sims = new Simulations(2, 1)) {
            assertEquals(1, sims.workersFor(job.scenario().simulation(), Engine.workerBytes(job.scenario().simulation())));
            CountDownLatch ran = new CountDownLatch(1);
            assertTrue(sims.start(job, () -> false, (claim, pool) -> {
                ran.countDown();
                claim.release();
            }));
            assertTrue(ran.await(1, TimeUnit.MINUTES));
            assertFalse(sims.start(job, () -> true, (claim, pool) -> claim.release()), "stopping: not started");
        }
    }
}
