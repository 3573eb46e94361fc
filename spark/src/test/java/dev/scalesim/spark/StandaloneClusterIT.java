package dev.scalesim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster on 127.0.0.1: a Master and a Worker started here as their own JVMs
 * from Maven's Spark jars (free ports, REST off, web UIs on ephemeral loopback ports, the app's
 * UI off), the batch submitted through spark-submit's own main class with the spark module's
 * jar, exactly as the README documents. An executor is killed once mid-job: Spark retries its
 * tasks and the bytes are the local engine's. With no retries left, the run ends with one line
 * and no torn report. Both JVMs (and their executors) are stopped by PID whatever happens.
 */
class StandaloneClusterIT {
    @TempDir
    static Path dir;

    private static final List<Process> STARTED = new ArrayList<>();
    private static String classpath;
    private static String master;
    private static Process worker;

    @BeforeAll
    static void startCluster() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(StandaloneClusterIT::stopCluster));
        classpath = Files.readString(Runs.REPO.resolve("spark/target/spark-classpath.txt")).strip();
        // a Spark home whose jars/ is Maven's Spark: the Worker builds executors' classpath from it
        Path home = Files.createDirectories(dir.resolve("spark-home/jars"));
        Files.writeString(dir.resolve("spark-home/RELEASE"), "Spark from Maven Central, for scalesim's tests\n");
        for (String jar : classpath.split(File.pathSeparator)) {
            Path p = Path.of(jar);
            Files.createSymbolicLink(home.resolve(p.getFileName()), p);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        master = "spark://127.0.0.1:" + port;
        start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", "0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!accepts(port)) {
            assertTrue(System.nanoTime() < deadline, "the master did not start: " + log("master"));
            Thread.sleep(200);
        }
        worker = start("worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--port", "0",
                "--webui-port", "0", "--cores", "2", "--memory", "2g", "--work-dir",
                dir.resolve("work").toString(), master);
    }

    private static Process start(String name, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m"));
        cmd.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        cmd.addAll(List.of("-Dspark.master.rest.enabled=false", "-Dspark.ui.enabled=false", "-cp", classpath, main));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        env(pb);
        Process p = pb.start();
        synchronized (STARTED) {
            STARTED.add(p);
        }
        return p;
    }

    private static void env(ProcessBuilder pb) {
        pb.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    }

    @AfterAll
    static void stopCluster() {
        List<Process> all;
        synchronized (STARTED) {
            all = new ArrayList<>(STARTED);
            STARTED.clear();
        }
        for (Process p : all) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroy();
        }
        for (Process p : all) {
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** The README's command: spark-submit (its main class) --class SparkMain scalesim-spark.jar run ... */
    private record Submitted(int exit, String err, boolean killed) {
    }

    private static Submitted submit(Path out, boolean killOnce, String... conf) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx1g"));
        cmd.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        cmd.addAll(List.of("-Dlog4j2.configurationFile=" + Runs.REPO.resolve("spark/conf/log4j2.properties"), "-cp",
                classpath, "org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1", "--conf",
                "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.executor.memory=1g"));
        for (String c : conf) {
            cmd.addAll(List.of("--conf", c));
        }
        cmd.addAll(List.of("--class", "dev.scalesim.spark.SparkMain",
                Runs.REPO.resolve("spark/target/scalesim-spark.jar").toString(), "run",
                Runs.REPO.resolve("scenarios/customer-support-agent.csv").toString(), "--trials", "1200", "--months",
                "24", "--no-charts", "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        env(pb);
        Process driver = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        synchronized (STARTED) {
            STARTED.add(driver);
        }
        StringBuilder err = new StringBuilder();
        AtomicBoolean killed = new AtomicBoolean();
        // with spark.task.maxFailures=1 a kill fails the job only if it hits a running task: one kill can land
        // between rounds (this run is short), so the failing job's test kills on each progress line, a few times
        boolean forGood = Arrays.asList(conf).contains("spark.task.maxFailures=1");
        int kills = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(driver.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                err.append(line).append('\n');
                // mid-job: blocks are being merged (progress above 0%) or a scenario is done
                boolean midJob = line.matches(".*progress: .* [1-9][0-9]*% done.*") || line.contains("[1/");
                if (killOnce && !killed.get() && midJob) {
                    killed.set(killExecutor());
                    kills++;
                } else if (forGood && killed.get() && kills < 4 && (midJob || line.contains("progress:"))) {
                    kills += killExecutor() ? 1 : 0;
                }
            }
        }
        assertTrue(driver.waitFor(10, TimeUnit.MINUTES), "the driver did not end");
        return new Submitted(driver.exitValue(), err.toString(), killed.get());
    }

    /** Kills the Worker's executor JVM (its child process), once. */
    private static boolean killExecutor() {
        List<ProcessHandle> executors = worker.descendants().filter(ProcessHandle::isAlive).toList();
        executors.forEach(ProcessHandle::destroyForcibly);
        return !executors.isEmpty();
    }

    @Test
    void anExecutorKilledMidJobIsRetriedAndTheBytesAreTheLocalEngines() throws Exception {
        Path cluster = dir.resolve("cluster");
        Submitted s = submit(cluster, true);
        assertEquals(0, s.exit(), s.err() + log("worker"));
        assertTrue(s.killed(), "no executor was running to be killed: " + s.err());
        assertTrue(s.err().contains("ExecutorLostFailure") || s.err().contains("Lost executor")
                || s.err().contains("Lost task"), "Spark must have seen the executor go: " + s.err());
        Path local = dir.resolve("local");
        Runs.Result l = Runs.cli("run", Runs.REPO.resolve("scenarios/customer-support-agent.csv").toString(),
                "--trials", "1200", "--months", "24", "--no-charts", "--quiet", "--out", local.toString());
        assertEquals(0, l.exit(), l.err());
        Map<String, String> expected = Runs.contents(local);
        Map<String, String> actual = Runs.contents(cluster);
        assertEquals(expected.keySet(), actual.keySet());
        for (String f : expected.keySet()) {
            assertEquals(expected.get(f), actual.get(f), f);
        }
    }

    @Test
    void aJobThatFailsForGoodIsOneLineAndLeavesNoTornReport() throws Exception {
        Path out = dir.resolve("failing");
        Submitted s = submit(out, true, "spark.task.maxFailures=1");
        assertTrue(s.killed(), "no executor was running to be killed: " + s.err());
        assertEquals(1, s.exit(), s.err());
        List<String> lines = Runs.scalesimLines(s.err());
        assertEquals(1, lines.size(), s.err());
        assertTrue(lines.get(0).contains(master) && lines.get(0).contains("resume with: spark-submit"), lines.get(0));
        if (Files.isDirectory(out)) {
            try (Stream<Path> inside = Files.list(out)) {
                for (Path p : inside.toList()) {
                    String name = p.getFileName().toString();
                    assertTrue(!name.startsWith(".") || name.equals(".scalesim.lock"), "left behind: " + name);
                    if (Files.isDirectory(p)) {
                        assertTrue(Files.exists(p.resolve("manifest.json")), "torn report: " + name);
                    }
                }
            }
        }
    }
}
