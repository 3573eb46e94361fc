package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.ParamDef;
import dev.scalesim.support.Repo;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/MODELS.md} stays true to the code: every model documented there names each of its
 * challenges, solutions and parameters, with every default as the code has it (the tables are
 * generated from {@code scalesim describe} by {@code docs/tools/defaults_table.py}; regenerate
 * them when a default changes).
 */
class ModelsDocTest {
    /** The general strategies, documented once in the shared part. */
    private static final List<String> STRATEGIES = List.of("automation", "retention-program", "partnerships",
            "pricing-optimization", "spend-policy", "go-global");

    @Test
    void documentedModelsMatchTheCatalogue() throws Exception {
        String doc = Files.readString(Repo.root().resolve("docs/MODELS.md"));
        List<String> documented = new ArrayList<>();
        for (BusinessModel m : Catalog.models()) {
            int at = doc.indexOf("\n### " + m.id() + "\n");
            if (at < 0) {
                continue;
            }
            documented.add(m.id());
            int end = doc.indexOf("\n### ", at + 1);
            String section = end < 0 ? doc.substring(at) : doc.substring(at, end);
            List<String> missing = new ArrayList<>();
            m.challenges().forEach(c -> require(section, "`" + c.id() + "`", missing));
            m.solutions().stream().filter(s -> !STRATEGIES.contains(s.id()))
                    .forEach(s -> require(section, "`" + s.id() + "`", missing));
            for (ParamDef p : m.params()) {
                require(section, "`" + p.id() + "`", missing);
                List<String> owners = p.perSegment() ? m.segments().stream().map(Segment::id).toList()
                        : java.util.Collections.singletonList(null);
                for (String segment : owners) {
                    require(section, "`" + p.written(m.defaultFor(segment, p.id()).value()) + "`", missing);
                }
            }
            assertTrue(missing.isEmpty(), m.id() + ": docs/MODELS.md lacks " + missing);
        }
        assertEquals(Catalog.models().size(), documented.size(), "every model is documented: " + documented);
    }

    private static void require(String section, String text, List<String> missing) {
        if (!section.contains(text)) {
            missing.add(text);
        }
    }
}
