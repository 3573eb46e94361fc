package dev.scalesim.support;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioException;
import dev.scalesim.scenario.ScenarioFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Scenario files written by tests. */
public final class Scenarios {
    private Scenarios() {
    }

    /** Writes lines (joined with '\n', one at the end) to {@code dir/name}. */
    public static Path write(Path dir, String name, String... lines) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, List.of(lines).stream().collect(Collectors.joining("\n", "", "\n")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes a file and reads its scenarios, which must be valid. */
    public static List<Scenario> compile(Path dir, String... lines) throws ScenarioException {
        return ScenarioFile.read(write(dir, "scenario.csv", lines));
    }
}
