package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record's own checks: what the engine's layout of random slots can hold. */
class SimulationTest {
    private static Simulation with(List<String> segments) {
        return new Simulation("s", 12, 10, 1, segments, List.of(), List.of(),
                List.of(new Arm(Arm.BASELINE, List.of())));
    }

    private static List<String> segments(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("segment-" + i);
        }
        return ids;
    }

    @Test
    void segmentsMustFitTheRandomSlotsOfAMonth() {
        // Each segment owns SEGMENT_SLOTS slots of a month; one more segment would reuse the
        // next month's random numbers (silently correlated draws), so it is refused instead.
        assertEquals(RandomStream.SLOTS, Simulation.MAX_SEGMENTS * Simulation.SEGMENT_SLOTS);
        assertDoesNotThrow(() -> with(segments(Simulation.MAX_SEGMENTS)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(segments(Simulation.MAX_SEGMENTS + 1)));
        assertEquals("segments must number 1 to 16, got 17", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> with(List.of()));
    }
}
