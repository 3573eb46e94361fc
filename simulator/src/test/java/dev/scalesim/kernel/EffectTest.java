package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scalesim.stats.Distribution;
import org.junit.jupiter.api.Test;

/** A solution's effect: its ramp and how its size combines with a value. */
class EffectTest {
    @Test
    void shareRampsLinearlyFromTheStartMonth() {
        Effect e = Effect.of("monthly_churn", Effect.Op.SCALE, Distribution.constant(0.8)).timing(3, 4);
        assertEquals(0, e.share(1));
        assertEquals(0, e.share(2));
        assertEquals(0.25, e.share(3));
        assertEquals(0.5, e.share(4));
        assertEquals(1, e.share(6));
        assertEquals(1, e.share(60));
        Effect now = e.timing(2, 0);
        assertEquals(0, now.share(1));
        assertEquals(1, now.share(2));
    }

    @Test
    void operationsCombineSizeAndValue() {
        assertEquals(0.04 * (1 + 0.5 * (0.8 - 1)), Effect.apply(Effect.Op.SCALE, 0.04, 0.8, 0.5), 1e-15);
        assertEquals(0.04 * 0.8, Effect.apply(Effect.Op.SCALE, 0.04, 0.8, 1), 1e-15);
        assertEquals(10 + 0.25 * 4, Effect.apply(Effect.Op.ADD, 10, 4, 0.25), 1e-15);
        assertEquals(7, Effect.apply(Effect.Op.SET, 3, 7, 1));
        assertEquals(5, Effect.apply(Effect.Op.SET, 3, 7, 0.5), 1e-15);
        assertEquals(3, Effect.apply(Effect.Op.SET, 3, 7, 0));
        assertEquals(Double.POSITIVE_INFINITY, Effect.apply(Effect.Op.SET, Double.POSITIVE_INFINITY, 50_000, 0.5),
                "an unlimited value stays unlimited until the effect is in full force");
        assertEquals(50_000, Effect.apply(Effect.Op.SET, Double.POSITIVE_INFINITY, 50_000, 1));
    }

    @Test
    void describeAndValidation() {
        Effect e = Effect.of("monthly_churn", Effect.Op.SCALE, Distribution.pert(0.7, 0.8, 0.9)).timing(3, 6);
        assertEquals("monthly_churn scale pert(0.7,0.8,0.9) from month 3 over 6 months", e.describe());
        assertEquals("expansion add 0.003", Effect.of("expansion", Effect.Op.ADD, Distribution.constant(0.003)).describe());
        assertEquals("start must be > 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> e.timing(0, 1)).getMessage());
        assertEquals("ramp must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> e.timing(1, -1)).getMessage());
    }
}
