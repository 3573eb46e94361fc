package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Intervention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Solutions that act on one segment, in scenarios that simulate some segments only. */
class SegmentSolutionsTest {
    @Test
    void effectsOnSegmentsNotSimulatedAreLeftOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "scenario,model,months,trials,segments,solutions\n"
                + "all-three,api-access,6,10,,all\n"
                + "self-serve,api-access,6,10,developers;smb,all\n"
                + "developers,api-access,6,10,developers,all\n");
        List<Scenario> scenarios = ScenarioFile.read(file);
        List<String> withSmb = arms(scenarios.get(0));
        assertTrue(withSmb.contains("usage-pricing-smb"));
        Intervention smbOnly = scenarios.get(1).simulation().arms().stream()
                .filter(a -> a.name().equals("usage-pricing-smb")).findFirst().orElseThrow().interventions().get(0);
        assertEquals(4, smbOnly.effects().size());
        assertFalse(arms(scenarios.get(2)).contains("usage-pricing-smb"), "with 'all', a solution for an absent segment is not run");
    }

    @Test
    void namingASolutionForAnAbsentSegmentIsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "scenario,model,months,trials,segments,solutions,plans\n"
                + "a,api-access,6,10,developers,usage-pricing-smb,\n"
                + "b,api-access,6,10,developers,none,p=usage-pricing-smb+spot-instances\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFile.read(file));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).format().contains("s.csv:2:6: solution usage-pricing-smb only changes segments "
                + "this scenario does not simulate"), e.problems().get(0).format());
        assertTrue(e.problems().get(1).format().contains("s.csv:3:7: plan p: solution usage-pricing-smb"),
                e.problems().get(1).format());
    }

    private static List<String> arms(Scenario s) {
        return s.simulation().arms().stream().map(Arm::name).toList();
    }
}
