package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.model.Catalog;
import dev.scalesim.model.Solution;
import dev.scalesim.stats.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a row's {@code <solution>.<key>} cells do to a catalogue solution, and what the record refuses. */
class SolutionOverridesTest {
    private static final Solution SUCCESS = Catalog.find("subscription-saas").orElseThrow().solutions().stream()
            .filter(s -> s.id().equals("customer-success")).findFirst().orElseThrow();
    private static final List<String> ALL = List.of("smb", "mid", "enterprise", "default");

    @Test
    void noOverridesRunsTheSolutionAsTheCatalogueStatesIt() {
        Intervention i = SolutionOverrides.NONE.apply(SUCCESS, ALL);
        assertEquals(SUCCESS.id(), i.id());
        assertEquals(SUCCESS.oneTimeCost(), i.oneTimeCost());
        assertEquals(SUCCESS.monthlyCost(), i.monthlyCost());
        assertEquals(SUCCESS.start(), i.start());
        assertEquals(SUCCESS.effects().stream().filter(e -> e.param().indexOf('.') < 0).toList(),
                i.effects().stream().filter(e -> e.param().indexOf('.') < 0).toList());
    }

    @Test
    void aSizeCellChangesThatEffectOnlyAndTimingCellsMoveEveryEffect() {
        Effect first = SUCCESS.effects().get(0);
        Distribution size = Expressions.parse("0.5");
        Intervention i = SolutionOverrides.NONE.withSize(first.param(), size).withStart(7).withRamp(0)
                .withOneTime(Expressions.parse("1000")).withMonthly(Expressions.parse("20")).apply(SUCCESS, ALL);
        assertEquals(size, i.effects().get(0).size());
        for (int k = 1; k < i.effects().size(); k++) {
            assertEquals(SUCCESS.effects().get(k).size(), i.effects().get(k).size(), "untouched size " + k);
        }
        assertTrue(i.effects().stream().allMatch(e -> e.start() == 7 && e.ramp() == 0), "timing of every effect");
        assertEquals(7, i.start());
        assertEquals(Expressions.parse("1000"), i.oneTimeCost());
        assertEquals(Expressions.parse("20"), i.monthlyCost());
    }

    @Test
    void eachWithLeavesTheOthersAlone() {
        SolutionOverrides o = SolutionOverrides.NONE.withStart(3);
        assertEquals(3, o.start().getAsInt());
        assertTrue(o.ramp().isEmpty() && o.oneTime().isEmpty() && o.monthly().isEmpty() && o.sizes().isEmpty());
        assertTrue(SolutionOverrides.NONE.start().isEmpty(), "NONE is not changed by a with");
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheField() {
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class,
                () -> SolutionOverrides.NONE.withStart(0));
        assertTrue(start.getMessage().startsWith("start must be in [1, "), start.getMessage());
        IllegalArgumentException ramp = assertThrows(IllegalArgumentException.class,
                () -> SolutionOverrides.NONE.withRamp(-1));
        assertTrue(ramp.getMessage().startsWith("ramp must be in [0, "), ramp.getMessage());
        IllegalArgumentException cost = assertThrows(IllegalArgumentException.class,
                () -> SolutionOverrides.NONE.withMonthly(Expressions.parse("uniform(-5,5)")));
        assertTrue(cost.getMessage().startsWith("a cost must be >= 0"), cost.getMessage());
    }
}
