package dev.scalesim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import dev.scalesim.support.Chromium;
import dev.scalesim.support.SampleRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code index.html} in a real headless Chromium: every image loads, no script error or
 * console error occurs, and the page requests nothing but its own files. Skipped without a
 * browser, except where {@code SCALESIM_REQUIRE_BROWSER} is set (CI), where that is a failure.
 */
class IndexPageBrowserTest {
    @TempDir
    Path scratch;

    @Test
    void theRunsIndexLoadsEveryImageWithoutErrorsAndOffline() throws Exception {
        Path out = SampleRun.get().out();
        long pngs;
        try (Stream<Path> all = Files.walk(out)) {
            pngs = all.filter(p -> p.toString().endsWith(".png")).count();
        }
        String names = "JSON.stringify({scripts: document.scripts.length, "
                + "names: Array.from(document.querySelectorAll('section > details > summary')).map(s => s.textContent)})";
        Chromium.PageReport report;
        try (Chromium browser = Chromium.startOrSkip(scratch)) {
            report = browser.open(out.resolve("index.html").toUri().toString(), names);
        }
        assertEquals(pngs, report.images().size(), "every chart on disk is an image on the page");
        for (Chromium.Image image : report.images()) {
            assertTrue(image.complete() && image.naturalWidth() > 0, "image did not load: " + image.src());
        }
        assertEquals(List.of(), report.errors(), "script or console errors");
        for (String url : report.requests()) {
            assertTrue(url.startsWith("file:") || url.startsWith("data:"), "the page fetched " + url);
        }
        var page = com.google.gson.JsonParser.parseString(report.value().getAsString()).getAsJsonObject();
        assertEquals(0, page.get("scripts").getAsInt());
        List<String> shown = new ArrayList<>();
        for (JsonElement e : page.getAsJsonArray("names")) {
            shown.add(e.getAsString());
        }
        assertEquals(SampleRun.NAMES, shown, "hostile names are shown as text, exactly");
    }

    @Test
    void theHarnessSeesBrokenImagesAndScriptErrors() throws Exception {
        // the control: a page that is broken the ways index.html must not be
        Path page = scratch.resolve("control.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"missing.png\">"
                + "<script>throw new Error('boom')</script></body></html>", StandardCharsets.UTF_8);
        Chromium.PageReport report;
        try (Chromium browser = Chromium.startOrSkip(scratch)) {
            report = browser.open(page.toUri().toString(), null);
        }
        assertEquals(1, report.images().size());
        assertEquals(0, report.images().get(0).naturalWidth(), "a missing image has no width");
        assertTrue(report.errors().stream().anyMatch(e -> e.contains("boom")), "script error seen: " + report.errors());
        assertFalse(report.errors().isEmpty());
    }
}
