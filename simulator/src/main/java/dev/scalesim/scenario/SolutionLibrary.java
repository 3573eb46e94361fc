package dev.scalesim.scenario;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The solutions files of one read, each parsed once however many scenarios use it; a file's
 * problems are reported once.
 */
final class SolutionLibrary {
    private final Path global;
    private final List<Problem> problems;
    private final Map<Path, List<UserSolution>> files = new HashMap<>();
    private final java.util.function.Consumer<Path> read;

    /**
     * @param global a solutions file for every scenario ({@code --solutions}), or null
     * @param problems where the files' own problems go
     * @param read told each file read
     */
    SolutionLibrary(Path global, List<Problem> problems, java.util.function.Consumer<Path> read) {
        this.global = global;
        this.problems = problems;
        this.read = read;
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
}
