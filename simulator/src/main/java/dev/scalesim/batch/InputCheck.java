package dev.scalesim.batch;

import dev.scalesim.scenario.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the input files while a run goes on. Scenarios are read and validated before anything
 * runs, so a report always matches what was read; but a file deleted or edited since then means
 * its remaining scenarios would no longer match any file on disk, so they are not run (a later
 * {@code --resume} picks up the new version). Checked before each scenario starts: a size and
 * time stamp compare, and a hash only when those moved.
 */
final class InputCheck {
    private record Seen(String sha256, long size, FileTime modified) {
    }

    private final Map<Path, Seen> seen = new HashMap<>();
    private final Map<Path, String> problems = new HashMap<>();

    /** Notes each file as it is now; {@code sha256} gives the hash it had when it was read. */
    InputCheck(List<Path> files, java.util.function.Function<Path, String> sha256) {
        for (Path f : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                seen.put(f, new Seen(sha256.apply(f), a.size(), a.lastModifiedTime()));
            } catch (IOException e) {
                problems.put(f, "was deleted during the run");
            }
        }
    }

    /** Why {@code file}'s scenarios may no longer run, if they may not. */
    synchronized Optional<String> problem(Path file) {
        String known = problems.get(file);
        if (known != null) {
            return Optional.of(known);
        }
        Seen before = seen.get(file);
        if (before == null) {
            return Optional.empty();
        }
        String problem = null;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.size() != before.size() || !a.lastModifiedTime().equals(before.modified())) {
                if (!Hashes.sha256(Files.readAllBytes(file)).equals(before.sha256())) {
                    problem = "was changed during the run";
                }
            }
        } catch (IOException e) {
            problem = Files.exists(file) ? "cannot be read any more (" + Reasons.of(e) + ")" : "was deleted during the run";
        }
        if (problem != null) {
            problems.put(file, problem);
        }
        return Optional.ofNullable(problem);
    }
}
