package dev.scalesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each slot constant of {@link CoreMetrics} and {@link Outcomes} names the metric it indexes
 * (CASH is the slot of "cash"), the slots run 0..COUNT-1 without a gap, and a metric table
 * refuses a repeated id or a late declaration.
 */
class CoreMetricsTest {

    @Test
    void everyCoreMetricSlotIndexesTheMetricItNames() throws IllegalAccessException {
        assertSlotsMatchIds(CoreMetrics.class, CoreMetrics.ALL, CoreMetrics.COUNT);
        assertEquals("cash", CoreMetrics.ALL.get(CoreMetrics.CASH).id());
        assertEquals(24, CoreMetrics.COUNT);
    }

    @Test
    void everyOutcomeSlotIndexesTheOutcomeItNames() throws IllegalAccessException {
        assertSlotsMatchIds(Outcomes.class, Outcomes.ALL, Outcomes.COUNT);
        assertEquals("arr_end", Outcomes.ALL.get(Outcomes.ARR_END).id());
        assertEquals(21, Outcomes.COUNT);
    }

    @Test
    void coreMetricsComeFirstInEveryRunsLayout() {
        List<String> ids = CoreMetrics.ALL.stream().map(Metric::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate core metric id");
        ids.forEach(id -> assertTrue(id.matches("[a-z][a-z0-9_]*"), id + " is not snake_case"));
    }

    @Test
    void aTableRefusesARepeatedIdAndALateDeclaration() {
        MetricTable table = new MetricTable();
        assertEquals(0, table.add(Metric.higher("a", Unit.COUNT, "first")));
        assertEquals(1, table.add(Metric.lower("b", Unit.COUNT, "second")));
        assertThrows(IllegalArgumentException.class, () -> table.add(Metric.higher("a", Unit.COUNT, "again")));
        assertEquals(List.of("a", "b"), table.close().stream().map(Metric::id).toList());
        assertThrows(IllegalStateException.class, () -> table.add(Metric.higher("c", Unit.COUNT, "late")));
    }

    private static void assertSlotsMatchIds(Class<?> holder, List<Metric> all, int count)
            throws IllegalAccessException {
        List<Integer> slots = new ArrayList<>();
        for (Field f : holder.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (f.getType() == int.class && Modifier.isPublic(mod) && Modifier.isStatic(mod)
                    && !f.getName().equals("COUNT")) {
                int slot = f.getInt(null);
                assertEquals(f.getName().toLowerCase(Locale.ROOT), all.get(slot).id(), holder.getSimpleName());
                slots.add(slot);
            }
        }
        assertEquals(count, all.size());
        assertEquals(count, slots.size(), "one constant per metric");
        assertEquals(count, slots.stream().distinct().count(), "two constants share a slot");
    }
}
