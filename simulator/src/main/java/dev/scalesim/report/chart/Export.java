package dev.scalesim.report.chart;

import com.pngencoder.PngEncoder;
import dev.scalesim.kernel.Engine;
import dev.scalesim.stats.Checks;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes charts: each as a PNG of {@link Theme#WIDTH} x {@link Theme#HEIGHT} points rendered at
 * {@link #SCALE}x (1920 x 1080 pixels, 16:9) and as an SVG of the same layout with a viewBox, so
 * it scales to any size. Rendering is headless and runs charts in parallel.
 */
public final class Export {
    /** Pixels per point in PNGs: 2x, so charts stay sharp on high-density screens and projectors. */
    public static final int SCALE = 2;
    /**
     * Deflate level of PNGs (0-9). Encoding was the largest part of a chart's cost with ImageIO
     * (about 100 ms for a 1920 x 1080 chart in a fresh JVM); pngencoder at level 3 takes about a
     * quarter of that for files of the same size (2.0 MB for the reference example's 12 PNGs,
     * ImageIO 2.1 MB). Level 6 is 16% smaller but twice as slow. Single-threaded: charts already
     * render in parallel.
     */
    private static final int PNG_LEVEL = 3;

    /** One chart to write: its file name without extension, and how to build it. */
    public record Job(String stem, Supplier<JFreeChart> chart) {
        public Job {
            Checks.notBlank("stem", stem);
            Checks.notNull("chart", chart);
        }
    }

    private Export() {
    }

    /** Makes AWT headless unless the user chose otherwise; call before any chart is drawn. */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ImageIO.setUseCache(false);  // images read back (tests, tools) need no temp files
    }

    /** Writes {@code stem.png} and {@code stem.svg} of every job into {@code dir}, on up to {@code threads} threads. */
    public static void all(List<Job> jobs, Path dir, int threads) throws IOException {
        headless();
        Files.createDirectories(dir);
        if (jobs.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())), r -> {
            Thread t = new Thread(r, "scalesim-chart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    write(job.chart().get(), dir, job.stem());
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Engine.CancelledException("interrupted while rendering charts");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes one chart as {@code stem.png} and {@code stem.svg}. */
    public static void write(JFreeChart chart, Path dir, String stem) throws IOException {
        png(chart, dir.resolve(stem + ".png"));
        svg(chart, dir.resolve(stem + ".svg"));
    }

    public static void png(JFreeChart chart, Path file) throws IOException {
        headless();
        BufferedImage image = new BufferedImage(Theme.WIDTH * SCALE, Theme.HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, Theme.WIDTH, Theme.HEIGHT));
        } finally {
            g.dispose();
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new PngEncoder().withBufferedImage(image).withCompressionLevel(PNG_LEVEL)
                    .withMultiThreadedCompressionEnabled(false).toStream(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static void svg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(Theme.WIDTH, Theme.HEIGHT);
        g.setDefsKeyPrefix("scalesim");  // stable ids, so the same chart gives the same file
        chart.draw(g, new Rectangle2D.Double(0, 0, Theme.WIDTH, Theme.HEIGHT));
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, Theme.WIDTH, Theme.HEIGHT), null, null);
        // no DOCTYPE: a DTD reference would make XML tools fetch it from the network
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n", StandardCharsets.UTF_8);
    }
}
