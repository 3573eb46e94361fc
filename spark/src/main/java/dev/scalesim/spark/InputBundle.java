package dev.scalesim.spark;

import dev.scalesim.batch.Cluster;
import dev.scalesim.scenario.RunSettings;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioException;
import dev.scalesim.scenario.ScenarioFile;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The bytes of every input file the driver read (scenario files, solutions files) under their
 * absolute paths, with the command line's settings: what an executor needs to read the very
 * scenarios the driver read. Broadcast once per run; each executor JVM reads it once.
 */
final class InputBundle implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Scenarios read per bundle in this JVM (executors run one application's tasks). */
    private static final Map<String, List<Scenario>> READ = new ConcurrentHashMap<>();

    private final String id;
    private final String[] paths;
    private final byte[][] contents;
    /** Indexes into {@link #paths}: the scenario files in the order given; the solutions file or -1. */
    private final int[] files;
    private final int solutions;
    private final RunSettings settings;

    private InputBundle(String[] paths, byte[][] contents, int[] files, int solutions, RunSettings settings) {
        this.paths = paths;
        this.contents = contents;
        this.files = files;
        this.solutions = solutions;
        this.settings = settings;
        this.id = digest();
    }

    static InputBundle of(Cluster.Inputs inputs) {
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Path p : inputs.read()) {
            String key = key(p);
            if (!paths.contains(key)) {
                paths.add(key);
                try {
                    contents.add(Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + p + " again to send it to the executors", e);
                }
            }
        }
        int[] files = inputs.files().stream().mapToInt(f -> paths.indexOf(key(f))).toArray();
        int solutions = inputs.solutions() == null ? -1 : paths.indexOf(key(inputs.solutions()));
        return new InputBundle(paths.toArray(String[]::new), contents.toArray(byte[][]::new), files, solutions,
                inputs.settings());
    }

    private static String key(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    String id() {
        return id;
    }

    /**
     * The scenarios, read as the driver read them (same bytes, same order, same settings); read
     * once per JVM. The files are written under a temporary folder at their absolute paths, so
     * relative {@code solutions_file} cells resolve as they did on the driver, and an absolute
     * one is mapped into that folder (this node need not have the driver's files); removed once read.
     */
    List<Scenario> scenarios() {
        return READ.computeIfAbsent(id, k -> read());
    }

    private List<Scenario> read() {
        Path root = null;
        try {
            root = Files.createTempDirectory("scalesim-inputs-");
            List<Path> mirrored = new ArrayList<>();
            for (int i = 0; i < paths.length; i++) {
                Path at = mirror(root, Path.of(paths[i]));
                Files.createDirectories(at.getParent());
                Files.write(at, contents[i]);
                mirrored.add(at);
            }
            List<Path> scenarioFiles = new ArrayList<>();
            for (int f : files) {
                scenarioFiles.add(mirrored.get(f));
            }
            Path into = root;
            return settings.apply(ScenarioFile.readAll(scenarioFiles, solutions < 0 ? null : mirrored.get(solutions),
                    file -> { }, absolute -> mirror(into, absolute)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the input files on this executor", e);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the input files do not read on this executor as on the driver: "
                    + e.getMessage(), e);
        } finally {
            if (root != null) {
                delete(root);
            }
        }
    }

    /** Where a file the driver read at {@code original} is written under {@code root}. */
    static Path mirror(Path root, Path original) {
        Path absolute = original.toAbsolutePath().normalize();
        return root.resolve(absolute.getRoot() == null ? absolute.toString()
                : absolute.getRoot().relativize(absolute).toString());
    }

    private static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind costs nothing the executor's cleanup does not handle
        }
    }

    private String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < paths.length; i++) {
                md.update(paths[i].getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(contents[i]);
                md.update((byte) 0);
            }
            for (int f : files) {
                md.update(Integer.toString(f).getBytes(StandardCharsets.UTF_8));
            }
            md.update((solutions + "|" + settings).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
