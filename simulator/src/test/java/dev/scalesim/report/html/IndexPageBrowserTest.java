package dev.scalesim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.scalesim.report.chart.ChartFile;
import dev.scalesim.report.chart.ScenarioOutcomes;
import dev.scalesim.support.Chromium;
import dev.scalesim.support.SampleOutcomes;
import dev.scalesim.support.SampleRun;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code index.html} in a real headless Chromium: every image loads, no script error or
 * console error occurs, and the page requests nothing but its own files. Skipped without a
 * browser, except where {@code SCALESIM_REQUIRE_BROWSER} is set (CI), where that is a failure.
 * One browser serves the class: starting one costs about four seconds, and each test opens its
 * own pages in it (a page's images, errors and requests are reported for that page alone).
 */
class IndexPageBrowserTest {
    @TempDir
    static Path browserDir;
    private static Chromium browser;

    @TempDir
    Path scratch;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.startOrSkip(browserDir);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theRunsIndexLoadsEveryImageWithoutErrorsAndOffline() throws Exception {
        Path out = SampleRun.get().out();
        long pngs;
        try (Stream<Path> all = Files.walk(out)) {
            pngs = all.filter(p -> p.toString().endsWith(".png")).count();
        }
        String names = "JSON.stringify({scripts: document.scripts.length, "
                + "names: Array.from(document.querySelectorAll('section > details > summary')).map(s => s.textContent)})";
        Chromium.PageReport report = browser.open(out.resolve("index.html").toUri().toString(), names);
        assertEquals(pngs, report.images().size(), "every chart on disk is an image on the page");
        for (Chromium.Image image : report.images()) {
            assertTrue(image.complete() && image.naturalWidth() > 0, "image did not load: " + image.src());
        }
        assertEquals(List.of(), report.errors(), "script or console errors");
        for (String url : report.requests()) {
            assertTrue(url.startsWith("file:") || url.startsWith("data:"), "the page fetched " + url);
        }
        var page = JsonParser.parseString(report.value().getAsString()).getAsJsonObject();
        assertEquals(0, page.get("scripts").getAsInt());
        List<String> shown = new ArrayList<>();
        for (JsonElement e : page.getAsJsonArray("names")) {
            shown.add(e.getAsString());
        }
        assertEquals(SampleRun.NAMES, shown, "hostile names are shown as text, exactly");
    }

    /**
     * A batch as large as the shipped {@code scenarios/} folder (37 scenarios, 16 charts each):
     * the page opens with the open scenarios' images loaded and the collapsed ones' deferred;
     * every scenario is reachable from the index; a reader who opens every scenario and scrolls
     * through gets every image.
     */
    @Test
    void aBatchOf37ScenariosDefersTheCollapsedScenariosImagesUntilTheyAreRead() throws Exception {
        int n = 37;
        Path run = scratch.resolve("batch");
        BufferedImage tiny = new BufferedImage(32, 18,
                BufferedImage.TYPE_INT_RGB);
        List<String> stems = new ArrayList<>();
        for (ChartFile f : ChartFile.values()) {
            stems.add(f.stem());
        }
        stems.add(ChartFile.view("deals_won"));
        stems.add(ChartFile.view("free_users"));
        stems.add(ChartFile.view("new_seats"));
        List<ScenarioOutcomes> scenarios = new ArrayList<>();
        List<ScenarioFolder> folders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path charts = run.resolve("s" + i).resolve(ScenarioFolder.CHARTS);
            Files.createDirectories(charts);
            for (String stem : stems) {
                ImageIO.write(tiny, "png", charts.resolve(stem + ".png").toFile());
            }
            scenarios.add(SampleOutcomes.scenario("s" + i, 1e6 + i, 1e5));
            folders.add(new ScenarioFolder("s" + i, ScenarioFolder.FILES, stems,
                    stems.stream().map(x -> false).toList(), 36, "batch.csv"));
        }
        Files.writeString(run.resolve("index.html"),
                IndexPage.render(new IndexPage.Run("batch", scenarios, folders, null, "t", "now")), StandardCharsets.UTF_8);
        String url = run.resolve("index.html").toUri().toString();
        String index = "JSON.stringify(Array.from(document.querySelectorAll('nav a[href^=\"#scenario-\"]'))"
                + ".filter(a => document.getElementById(a.getAttribute('href').substring(1)) !== null).length)";
        // what a reader does: open every scenario, then scroll down the page (Chromium loads a lazy image
        // once it is within 1,250 px of the screen, so a step of a screen and 1,000 px skips none)
        String read = "(async () => { document.querySelectorAll('details').forEach(d => d.open = true);"
                + " const frame = () => new Promise(r => requestAnimationFrame(() => r()));"
                + " for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight + 1000) {"
                + " window.scrollTo(0, y); await frame(); }"
                + " const loads = Promise.all(Array.from(document.images).map(i => i.complete ? 0"
                + " : new Promise(r => { i.onload = r; i.onerror = r; })));"
                + " await Promise.race([loads, new Promise(r => setTimeout(r, 20000))]); return 'read'; })()";
        Chromium.PageReport opened = browser.open(url, index);
        Chromium.PageReport readThrough = browser.open(url, read, null);
        assertEquals(n * stems.size(), opened.images().size());
        int eager = IndexPage.OPEN * stems.size();
        for (int i = 0; i < opened.images().size(); i++) {
            Chromium.Image image = opened.images().get(i);
            if (i < eager) {
                assertTrue(image.complete() && image.naturalWidth() > 0, "an open scenario's image: " + image.src());
            } else {
                assertEquals(0, image.naturalWidth(), "a collapsed scenario's image loaded with the page: " + image.src());
            }
        }
        assertEquals(n, Integer.parseInt(opened.value().getAsString()), "every scenario is in the index and found by it");
        assertEquals(List.of(), opened.errors());
        for (Chromium.Image image : readThrough.images()) {
            assertTrue(image.complete() && image.naturalWidth() > 0, "image did not load once read: " + image.src());
        }
        assertEquals(List.of(), readThrough.errors());
    }

    @Test
    void theHarnessSeesBrokenImagesAndScriptErrors() throws Exception {
        // the control: a page that is broken the ways index.html must not be
        Path page = scratch.resolve("control.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"missing.png\">"
                + "<script>throw new Error('boom')</script></body></html>", StandardCharsets.UTF_8);
        Chromium.PageReport report = browser.open(page.toUri().toString(), null);
        assertEquals(1, report.images().size());
        assertEquals(0, report.images().get(0).naturalWidth(), "a missing image has no width");
        assertTrue(report.errors().stream().anyMatch(e -> e.contains("boom")), "script error seen: " + report.errors());
        assertFalse(report.errors().isEmpty());
    }
}
