package dev.scalesim.spark;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scalesim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: the CLI in-process, and a report folder's contents as compared across engines. */
final class Runs {
    /** The repository's root (tests run in spark/). */
    static final Path REPO = Path.of("").toAbsolutePath().getParent();

    private Runs() {
    }

    record Result(int exit, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** A run with a Spark conf setting given as a system property (SparkConf reads spark.* properties). */
    static Result cliWith(String key, String value, String... args) {
        String before = System.getProperty(key);
        System.setProperty(key, value);
        try {
            return cli(args);
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    /**
     * Every file of a run's output folder that must not depend on the engine: every table as
     * bytes, every manifest without its timings (which record the engine, threads and times).
     * index.html (its date), run.log (times, engine) and results.xlsx (fastexcel stamps the
     * clock's time into it; its cells are the tables compared here) are left out; a deck is
     * compared as bytes.
     */
    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                if (name.equals("index.html") || name.equals("run.log") || name.equals("results.xlsx")) {
                    continue;
                }
                if (name.endsWith(".pptx")) {
                    files.put(name, Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
                    continue;
                }
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (name.endsWith("manifest.json")) {
                    JsonObject m = JsonParser.parseString(text).getAsJsonObject();
                    m.remove("timings");
                    text = m.toString();
                }
                files.put(name, text);
            }
        }
        return files;
    }

    /** Lines of a command's stderr that scalesim wrote (Spark's own log lines left out). */
    static List<String> scalesimLines(String err) {
        List<String> lines = new ArrayList<>();
        for (String l : err.split("\n")) {
            if (l.startsWith("scalesim:")) {
                lines.add(l);
            }
        }
        return lines;
    }
}
