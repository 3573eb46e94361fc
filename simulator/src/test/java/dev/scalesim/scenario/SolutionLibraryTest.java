package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Where a {@code solutions_file} cell points: beside the scenario file, or absolute through the resolver. */
class SolutionLibraryTest {
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void aRelativeCellIsBesideTheScenarioFile() {
        SolutionLibrary library = new SolutionLibrary(null, problems, p -> { }, UnaryOperator.identity());
        Path scenario = Path.of("/plans/q3/scenarios.csv");
        assertEquals(Path.of("/plans/q3/ours.csv"), library.resolve(scenario, "ours.csv"));
        assertEquals(Path.of("/plans/q3/lib/ours.csv"), library.resolve(scenario, "lib/ours.csv"));
    }

    @Test
    void anAbsoluteCellGoesThroughTheResolverAndARelativeOneDoesNot() {
        SolutionLibrary library = new SolutionLibrary(null, problems, p -> { },
                p -> Path.of("/mirror").resolve(p.getRoot().relativize(p)));
        Path scenario = Path.of("/mirror/plans/scenarios.csv");
        assertEquals(Path.of("/mirror/shared/ours.csv"), library.resolve(scenario, "/shared/ours.csv"));
        assertEquals(Path.of("/mirror/plans/ours.csv"), library.resolve(scenario, "ours.csv"));
    }

    @Test
    void withTheIdentityResolverAnAbsoluteCellIsItself() {
        SolutionLibrary library = new SolutionLibrary(null, problems, p -> { }, UnaryOperator.identity());
        assertEquals(Path.of("/shared/ours.csv"), library.resolve(Path.of("/plans/s.csv"), "/shared/ours.csv"));
        assertEquals(List.of(), problems);
    }
}
