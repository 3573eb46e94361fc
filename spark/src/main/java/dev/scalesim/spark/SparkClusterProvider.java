package dev.scalesim.spark;

import dev.scalesim.batch.Cluster;
import dev.scalesim.batch.ClusterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts the Spark application of a run ({@code run --spark MASTER}, or spark-submit's master):
 * a standalone master must answer first, and executors must register, so an unreachable cluster
 * is one clear line before anything is written, not a job waiting forever.
 */
public final class SparkClusterProvider implements Cluster.Provider {
    /** How long a standalone master may take to accept a connection. */
    static final int CONNECT_MILLIS = 5_000;
    /** How long to wait for the first executor (static allocation only). */
    static final long EXECUTOR_WAIT_MILLIS = 60_000;

    @Override
    public Cluster connect(String master, Cluster.Inputs inputs) {
        SparkConf conf = new SparkConf().setAppName("scalesim");
        if (master != null && !master.isBlank()) {
            conf.setMaster(master);
        }
        String url = conf.get("spark.master", "(none)");
        if (url.startsWith("spark://")) {
            reachable(url);
        }
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new ClusterException("cannot start Spark on " + url + ": " + SparkCluster.firstLine(e.getMessage()), e);
        }
        try {
            if (!conf.getBoolean("spark.dynamicAllocation.enabled", false)) {
                awaitExecutor(spark, url);
            }
            return new SparkCluster(spark, url, InputBundle.of(inputs), inputs.scenarios());
        } catch (RuntimeException e) {
            spark.stop();
            throw e instanceof ClusterException c ? c
                    : new ClusterException("cannot run on Spark " + url + ": " + SparkCluster.firstLine(e.getMessage()), e);
        }
    }

    /** Every host:port of a standalone master URL (several with ZooKeeper recovery) must accept a connection; one is enough. */
    private static void reachable(String url) {
        IOException last = null;
        for (String hostPort : url.substring("spark://".length()).split(",")) {
            URI u = URI.create("spark://" + hostPort.strip());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(u.getHost(), u.getPort() < 0 ? 7077 : u.getPort()), CONNECT_MILLIS);
                return;
            } catch (IOException e) {
                last = e;
            } catch (IllegalArgumentException e) {
                throw new ClusterException("cannot reach the Spark master " + url + ": not host:port", e);
            }
        }
        throw new ClusterException("cannot reach the Spark master " + url + ": " + (last == null ? "no address"
                : last.getMessage()), last == null ? null : new UncheckedIOException(last));
    }

    private static void awaitExecutor(JavaSparkContext spark, String url) {
        if (url.startsWith("local")) {
            return;
        }
        long deadline = System.nanoTime() + EXECUTOR_WAIT_MILLIS * 1_000_000;
        // the driver is listed too
        while (spark.sc().getExecutorMemoryStatus().size() < 2) {
            if (System.nanoTime() > deadline) {
                throw new ClusterException("no Spark executor registered within " + EXECUTOR_WAIT_MILLIS / 1000
                        + " s on " + url + " (no worker with free cores and memory?)", null);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for Spark executors on " + url, e);
            }
        }
    }
}
