package dev.scalesim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.analysis.Analysed;
import dev.scalesim.analysis.Analyses;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.Results;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioFile;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every chart of a scenario, rendered for real: files, sizes, valid SVG, escaped user text. */
class ScenarioChartsTest {
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'q' ]]>";

    @TempDir
    static Path dir;
    static Scenario scenario;
    static Results results;
    static Path charts;

    @BeforeAll
    static void render() throws Exception {
        Path csv = dir.resolve("s.csv");
        // milestones and a plan search, so the decision-analytics charts are drawn too
        Files.writeString(csv, "scenario,model,months,trials,seed,solutions,plans,milestones,plan_search\n\""
                + HOSTILE.replace("\"", "\"\"") + "\",subscription-saas,12,300,5,all,both=faster-onboarding+customer-success,"
                + "arr>=200k;breakeven,faster-onboarding;customer-success;pricing-optimization\n"
                + "plain,subscription-saas,12,300,5,none,,,\n", StandardCharsets.UTF_8);
        scenario = ScenarioFile.read(csv).get(0);
        Analysed analysed = Analyses.run(scenario, 2);
        results = analysed.results();
        charts = dir.resolve("charts");
        ScenarioCharts.render(scenario, analysed, "test-1.0", charts, 2);
    }

    static List<String> expected() {
        List<String> stems = new ArrayList<>();
        for (ChartFile f : ChartFile.values()) {
            stems.add(f.stem());
        }
        for (String view : scenario.model().views()) {
            stems.add(ChartFile.view(view));
        }
        return stems;
    }

    @Test
    void everyChartIsWrittenAsPngAndSvg() {
        for (String stem : expected()) {
            assertTrue(Files.isRegularFile(charts.resolve(stem + ".png")), stem + ".png");
            assertTrue(Files.isRegularFile(charts.resolve(stem + ".svg")), stem + ".svg");
            assertTrue(ChartFile.caption(stem) != null, "every chart has a caption: " + stem);
        }
    }

    @Test
    void pngsAre16By9AtLeast1600WideAndNotBlank() throws Exception {
        for (String stem : expected()) {
            BufferedImage image = ImageIO.read(charts.resolve(stem + ".png").toFile());
            assertEquals(Theme.WIDTH * Export.SCALE, image.getWidth(), stem);
            assertTrue(image.getWidth() >= 1600, stem);
            assertEquals(image.getWidth() * 9, image.getHeight() * 16, stem + " is 16:9");
            assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, stem + " has a white background");
            Set<Integer> colors = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colors.add(image.getRGB(x, y));
                }
            }
            assertTrue(colors.size() > 20, stem + " looks blank: " + colors.size() + " colours");
        }
    }

    @Test
    void svgsAreWellFormedScalableAndDrawUserTextAsEscapedText() throws Exception {
        for (String stem : expected()) {
            Path svg = charts.resolve(stem + ".svg");
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            Document doc = parse(svg);
            assertEquals("svg", doc.getDocumentElement().getTagName(), stem);
            double[] box = Arrays.stream(doc.getDocumentElement().getAttribute("viewBox").split("\\s+"))
                    .mapToDouble(Double::parseDouble).toArray();
            assertEquals(List.of(0.0, 0.0, 960.0, 540.0), Arrays.stream(box).boxed().toList(), stem);
            assertEquals(0, doc.getElementsByTagName("script").getLength(), stem + " has a script element");
            assertFalse(text.contains("<script"), stem + " carries the name as markup");
            assertTrue(text.contains("&lt;script&gt;"), stem + " should print the name escaped");
            assertTrue(texts(doc).stream().anyMatch(t -> t.contains(HOSTILE)),
                    stem + " should show the scenario's name as text, exactly");
            assertTrue(texts(doc).stream().anyMatch(t -> t.contains("300 trials") && t.contains("seed 5")
                    && t.contains("subscription-saas") && t.contains("scalesim test-1.0")), stem + " provenance");
        }
    }

    @Test
    void theFanChartsNameTheArmWithTheHighestPairedArrGain() throws Exception {
        ChartContext ctx = ChartContext.of(scenario, results, "t");
        for (int a = 1; a < results.arms().size(); a++) {
            assertTrue(results.paired(a, Outcomes.ARR_END).deltaMean()
                    <= results.paired(ctx.best(), Outcomes.ARR_END).deltaMean());
        }
        String best = ctx.arm(ctx.best());
        List<String> texts = texts(parse(charts.resolve(ChartFile.FAN_MRR.stem() + ".svg")));
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("baseline vs " + best)), "title names " + best);
        // the subtitle may wrap over several text elements
        assertTrue(String.join(" ", texts).replaceAll("\\s+", " ")
                .contains(best + " is best for growth: the highest mean change in ARR"),
                "subtitle says why " + best);
    }

    @Test
    void aScenarioWithoutSolutionsGetsNoImpactOrBestArmCharts() throws Exception {
        Scenario plain = ScenarioFile.read(dir.resolve("s.csv")).get(1);
        List<String> stems = ScenarioCharts.jobs(plain, Engine.run(plain.simulation(), 1), "t").stream()
                .map(Export.Job::stem).toList();
        assertFalse(stems.contains(ChartFile.IMPACT.stem()));
        assertFalse(stems.contains(ChartFile.RETENTION_BEST.stem()));
        assertTrue(stems.contains(ChartFile.FAN_MRR.stem()));
    }

    static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // a DOCTYPE would make a parser fetch a DTD from the network: the charts must not need one
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
