package dev.scalesim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.report.Folders;
import dev.scalesim.report.chart.ScenarioOutcomes;
import dev.scalesim.support.SampleOutcomes;
import dev.scalesim.support.SampleRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code index.html} of a real run: content, escaping, links, and that it needs nothing from the network. */
class IndexPageTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    private final Path out = SampleRun.get().out();
    private final String page = read(out.resolve("index.html"));

    @Test
    void everyScenarioIsListedWithItsNameEscaped() {
        for (String name : SampleRun.NAMES) {
            assertTrue(page.contains(Html.text(name)), "escaped name of " + name);
        }
        assertFalse(page.contains("<img src=x"), "markup from a name reached the page");
        assertFalse(page.contains("onerror=\""), "an event handler from a name reached the page unescaped");
        assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "the page has no script at all");
        assertEquals(SampleRun.NAMES.size(), count(page, "<tr><td><a href=\"#scenario-"), "key-outcomes rows");
        assertTrue(page.contains("<h3>Solution ranking</h3>"));
    }

    @Test
    void everyLinkIsRelativeAndPointsToAFileOfTheReport() {
        List<String> links = links();
        assertFalse(links.isEmpty());
        for (String link : links) {
            if (link.startsWith("#")) {
                assertTrue(page.contains("id=\"" + link.substring(1) + "\""), "anchor " + link);
                continue;
            }
            assertFalse(link.contains(":") || link.startsWith("/") || List.of(link.split("/")).contains(".."),
                    "not a local link: " + link);
            Path target = out.resolve(URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
            assertTrue(target.startsWith(out) && Files.isRegularFile(target), "broken link " + link);
        }
        for (String name : SampleRun.NAMES) {
            String folder = Folders.forScenario(name);
            for (String file : ScenarioFolder.FILES) {
                assertTrue(links.contains(folder + "/" + file), "link to " + folder + "/" + file);
            }
        }
        assertTrue(links.contains("batch-summary.csv"));
    }

    @Test
    void everyChartOnDiskIsShownAndTheSvgLinked() throws Exception {
        List<String> pngs = new ArrayList<>();
        try (Stream<Path> all = Files.walk(out)) {
            all.filter(p -> p.toString().endsWith(".png")).forEach(p -> pngs.add(out.relativize(p).toString()));
        }
        assertTrue(pngs.size() > 20, "charts rendered: " + pngs.size());
        for (String png : pngs) {
            assertTrue(page.contains("<img src=\"" + png + "\""), "image " + png);
            assertTrue(links().contains(png.replace(".png", ".svg")), "svg link for " + png);
        }
        assertEquals(pngs.size(), count(page, "<img "));
    }

    @Test
    void selfContainedAndOffline() {
        assertTrue(page.contains("<style>") && page.contains("Content-Security-Policy"));
        for (String external : List.of("http:", "https:", "//", "@import", "url(", "<link", "<iframe", "<object")) {
            for (String link : links()) {
                assertFalse(link.startsWith(external), "external reference " + link);
            }
        }
        String css = page.substring(page.indexOf("<style>"), page.indexOf("</style>"));
        assertFalse(css.contains("url(") || css.contains("@import") || css.contains("@font-face"), "CSS fetches");
        assertFalse(page.contains("<link"), "no external stylesheet");
    }

    @Test
    void aLargeBatchCollapsesScenariosPastTheFirstTenAndLoadsTheirImagesLazily() {
        List<ScenarioOutcomes> scenarios = new ArrayList<>();
        List<ScenarioFolder> folders = new ArrayList<>();
        for (int i = 0; i < IndexPage.OPEN + 2; i++) {
            scenarios.add(SampleOutcomes.scenario("s" + i, 1e6, 1e5));
            folders.add(new ScenarioFolder("s" + i, ScenarioFolder.FILES, List.of("fan-mrr"), List.of(true), 36, "x.csv"));
        }
        String html = IndexPage.render(new IndexPage.Run("batch", scenarios, folders, null, "t", "now"));
        assertEquals(IndexPage.OPEN, count(html, "<details open>"));
        assertEquals(2, count(html, "<details>"));
        // the open scenarios' images load with the page (a print shows them), the collapsed ones' lazily
        assertEquals(2, count(html, "loading=\"lazy\""));
        assertEquals(IndexPage.OPEN + 2, count(html, "<img "));
        assertTrue(html.indexOf("loading=\"lazy\"") > html.lastIndexOf("<details open>"), "only collapsed ones");
        // the scenario index: every scenario once, by name (s0, s1, s10, s11, s2, ...), folded for a long run
        String index = html.substring(html.indexOf("<details class=\"index\">"), html.indexOf("</nav>"));
        assertEquals(IndexPage.OPEN + 2, count(index, "<li>"));
        assertTrue(index.indexOf(">s10</a>") < index.indexOf(">s2</a>"), index);
        assertTrue(index.contains("<summary>Scenario index (12)</summary>"), index);
        String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertTrue(css.contains("nav { display: flex; flex-wrap: wrap;"), "the navigation wraps");
    }

    private List<String> links() {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(page);
        while (m.find()) {
            links.add(m.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
