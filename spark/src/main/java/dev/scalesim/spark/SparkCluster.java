package dev.scalesim.spark;

import dev.scalesim.analysis.Simulator;
import dev.scalesim.analysis.Stage;
import dev.scalesim.batch.Cluster;
import dev.scalesim.batch.ClusterException;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Remote;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.scenario.Scenario;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * A batch's simulations on a Spark application. Each round of a simulation (the whole run, a
 * precision round, a plan-search stage) is cut into tasks of contiguous block ranges; their
 * output is cached on the executors, the sketches are reduced there ({@code treeReduce}: the
 * merge is order-free) and the block summaries come to the driver one task at a time ({@code
 * toLocalIterator}), so the driver holds one task's blocks at a time however many trials run.
 * Every scenario thread runs its own jobs in its own job group, so scenarios run side by side on
 * the cluster and a cancelled scenario cancels only its jobs.
 */
final class SparkCluster implements Cluster, Simulator {
    /** Conf key: tasks per round (default: three per core, so a slow task does not hold up the round). */
    static final String TASKS = "spark.scalesim.tasks";
    /** Most blocks in one task: bounds what the driver holds at once (one task's block summaries). */
    static final int MAX_TASK_BLOCKS = 64;

    private final JavaSparkContext spark;
    private final String master;
    private final Broadcast<InputBundle> inputs;
    private final Map<Scenario, Integer> index = new IdentityHashMap<>();
    private final int tasks;
    private final AtomicLong groups = new AtomicLong();
    private volatile boolean closed;

    SparkCluster(JavaSparkContext spark, String master, InputBundle bundle, List<Scenario> scenarios) {
        this.spark = spark;
        this.master = master;
        this.inputs = spark.broadcast(bundle);
        for (int i = 0; i < scenarios.size(); i++) {
            index.put(scenarios.get(i), i);
        }
        this.tasks = spark.getConf().getInt(TASKS, 0);
    }

    @Override
    public Simulator simulator() {
        return this;
    }

    @Override
    public int parallelism() {
        return Math.max(1, spark.defaultParallelism());
    }

    @Override
    public String master() {
        return master;
    }

    @Override
    public void close() {
        closed = true;
        spark.stop();
    }

    @Override
    public Results run(Scenario scenario, Stage stage, Engine.Listener listener, Engine.StopRule rule) {
        Integer i;
        synchronized (index) {
            i = index.get(scenario);
        }
        if (i == null) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' was not read for this cluster");
        }
        Simulation sim = stage.simulation(scenario);
        String group = "scalesim-" + groups.incrementAndGet();
        spark.setJobGroup(group, "scalesim " + scenario.name() + (stage.main() ? "" : " (plan search)"), true);
        try {
            return Remote.run(sim, (from, to, into) -> round(i, scenario, stage, from, to, into), listener, rule);
        } catch (Engine.CancelledException e) {
            spark.cancelJobGroup(group);
            throw e;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || closed) {
                spark.cancelJobGroup(group);
                throw new Engine.CancelledException("interrupted");
            }
            throw failure(e, scenario);
        } finally {
            spark.clearJobGroup();
        }
    }

    /** Blocks [from, to) as tasks; sketches reduced on the executors, summaries fetched in order. */
    private void round(int scenarioIndex, Scenario scenario, Stage stage, int from, int to, Remote.Merge into)
            throws InterruptedException {
        List<BlockTask> parts = new ArrayList<>();
        int blocks = to - from;
        int n = Math.min(blocks, Math.max(tasks > 0 ? tasks : 3 * parallelism(),
                (blocks + MAX_TASK_BLOCKS - 1) / MAX_TASK_BLOCKS));
        for (int k = 0; k < n; k++) {
            int a = from + (int) ((long) blocks * k / n);
            int b = from + (int) ((long) blocks * (k + 1) / n);
            parts.add(new BlockTask(scenarioIndex, scenario, stage, a, b));
        }
        Broadcast<InputBundle> files = inputs;
        JavaRDD<byte[]> out = spark.parallelize(parts, parts.size())
                .flatMap(task -> task.run(files.value()).iterator());
        out.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            into.sketches(out.filter(Remote::isSketches).treeReduce(Remote::mergeSketches));
            Iterator<byte[]> summaries = out.filter(bytes -> !Remote.isSketches(bytes)).toLocalIterator();
            while (summaries.hasNext()) {
                into.block(summaries.next());
            }
        } catch (Exception e) {
            // Spark's Scala code throws InterruptedException without declaring it
            if (e instanceof InterruptedException ie) {
                throw ie;
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        } finally {
            out.unpersist(false);
        }
    }

    /**
     * A task that threw (the scenario's own failure, as it would locally) fails the scenario; a
     * job lost to the cluster (executors lost beyond the retries, the application stopped) is a
     * {@link ClusterException} that stops the batch.
     */
    private RuntimeException failure(RuntimeException e, Scenario scenario) {
        Throwable spark = e;
        while (spark != null && !(spark instanceof SparkException)) {
            spark = spark.getCause();
        }
        if (spark == null) {
            if (e instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("SparkContext")) {
                return new ClusterException("Spark stopped on " + master + ": " + firstLine(e.getMessage()), e);
            }
            return e;
        }
        Throwable cause = spark.getCause();
        if (cause != null && !(cause instanceof SparkException) && cause.getClass().getName().startsWith("java.")) {
            return new IllegalStateException("on Spark: " + cause, cause);
        }
        return new ClusterException("a Spark job of scenario '" + scenario.name() + "' failed for good on " + master
                + ": " + firstLine(spark.getMessage()), e);
    }

    static String firstLine(String message) {
        String m = message == null ? "no reason given" : message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 400 ? m.substring(0, 400) + "..." : m;
    }
}
