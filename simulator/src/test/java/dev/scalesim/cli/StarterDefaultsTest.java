package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Param;
import dev.scalesim.model.AiMarketplace;
import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code new MODEL} writes the model's defaults, not a different business: every parameter of
 * the starter resolves to the model's default for its segment, also when segments differ (the
 * buyers and sellers of a marketplace get their own columns).
 */
class StarterDefaultsTest {
    static Stream<BusinessModel> models() {
        return Catalog.models().stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void starterResolvesToTheModelsDefaults(BusinessModel m, @TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(Main.OK, Main.execute(new String[] {"new", m.id()}, new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        Path file = dir.resolve("starter.csv");
        Files.writeString(file, out.toString());
        Scenario s = ScenarioFile.read(file).get(0);
        for (Param p : s.simulation().params()) {
            String expected = m.defaultFor(p.segment(), p.def().id()).value().expression();
            assertEquals(expected, p.value().expression(), m.id() + ": " + p.id());
        }
        if (m.id().equals(AiMarketplace.ID)) {
            assertTrue(out.toString().contains("buyers.cac") && out.toString().contains("sellers.cac"), out.toString());
        }
    }
}
