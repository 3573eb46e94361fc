package dev.scalesim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The solutions files of one read, each parsed once however many scenarios use it; a file's
 * problems are reported once. It also finds the files a row names: a {@code solutions_file}
 * cell is relative to the scenario file, or absolute.
 */
final class SolutionLibrary {
    private final Path global;
    private final List<Problem> problems;
    private final Map<Path, List<UserSolution>> files = new HashMap<>();
    private final Consumer<Path> read;
    private final UnaryOperator<Path> resolver;

    /**
     * @param global a solutions file for every scenario ({@code --solutions}), or null
     * @param problems where the files' own problems go
     * @param read told each file read
     * @param resolver where an absolute {@code solutions_file} path is read from: the path itself,
     *     except on a cluster's executor, which holds the driver's files under another root
     */
    SolutionLibrary(Path global, List<Problem> problems, Consumer<Path> read, UnaryOperator<Path> resolver) {
        this.global = global;
        this.problems = problems;
        this.read = read;
        this.resolver = resolver;
    }

    Path global() {
        return global;
    }

    /** The file's solutions (empty when it has problems, which are reported the first time). */
    List<UserSolution> get(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return files.computeIfAbsent(key, k -> {
            read.accept(file);
            return SolutionsFile.read(file, problems);
        });
    }

    /**
     * The users' solutions a row of {@code source} may use, from {@code --solutions}, the
     * workbook's own solutions sheet and the row's {@code solutions_file} cell ({@code cell}, ""
     * for none), in that order and each file once; {@code missing} hears why a cell's file
     * cannot be used.
     */
    List<UserSolution> forRow(RowSource source, String cell, Consumer<String> missing) {
        List<Path> named = new ArrayList<>();
        if (global != null) {
            named.add(global);
        }
        if (source.hasSolutionsSheet()) {
            named.add(source.file());
        }
        if (!cell.isEmpty()) {
            Path file = resolve(source.file(), cell);
            if (!Files.isRegularFile(file)) {
                missing.accept("no such solutions file '" + cell + "' (looked for " + file.normalize()
                        + "; the path is relative to the scenario file)");
            } else {
                named.add(file);
            }
        }
        List<UserSolution> out = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Path file : named) {
            if (seen.stream().noneMatch(f -> sameFile(f, file))) {
                seen.add(file);
                out.addAll(get(file));
            }
        }
        return out;
    }

    /**
     * The file a {@code solutions_file} cell names: relative to the scenario file's folder, or
     * absolute (then through the resolver).
     */
    Path resolve(Path scenarioFile, String cell) {
        Path named = Path.of(cell);
        if (named.isAbsolute()) {
            return resolver.apply(named);
        }
        Path base = scenarioFile.toAbsolutePath().getParent();
        return base == null ? named : base.resolve(named);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
