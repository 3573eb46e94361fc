package dev.scalesim.batch;

import dev.scalesim.scenario.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the input files while a run goes on. Scenarios are read and validated before anything
 * runs, so a report always matches what was read; but once a file is deleted or edited, its
 * remaining scenarios would match no file on disk any more, so they are not run (a later
 * {@code --resume} picks up the new version). Checked before each scenario starts: the file's
 * hash is compared with the one it had when read, and recomputed only when its size or time
 * stamp moved since the last check.
 */
final class InputCheck {
    private record Stamp(long size, FileTime modified) {
    }

    private final Map<Path, String> expected;
    private final Map<Path, Stamp> verified = new HashMap<>();
    private final Map<Path, String> problems = new HashMap<>();

    /** {@code expected}: each file's SHA-256 when its scenarios were read. */
    InputCheck(Map<Path, String> expected) {
        this.expected = Map.copyOf(expected);
    }

    /** Why {@code file}'s scenarios may no longer run, if they may not. */
    synchronized Optional<String> problem(Path file) {
        String known = problems.get(file);
        if (known != null || !expected.containsKey(file)) {
            return Optional.ofNullable(known);
        }
        String problem = null;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Stamp now = new Stamp(a.size(), a.lastModifiedTime());
            if (!now.equals(verified.get(file))) {
                if (Hashes.sha256(Files.readAllBytes(file)).equals(expected.get(file))) {
                    verified.put(file, now);
                } else {
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
