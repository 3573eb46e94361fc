package dev.scalesim.deck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.scalesim.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deck.pptx as a run writes it (the CLI in-process, this module on the class path), read back
 * with POI: slides, texts, the table, the images; hostile names shown as plain text; the same
 * run gives the same bytes.
 */
class PoiDeckWriterTest {
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String MARKUP = "<a:fld type=\"slidenum\"/> & </a:t>";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        Path csv = dir.resolve("deck.csv");
        Files.writeString(csv, String.join("\n",
                "scenario,model,months,trials,seed,solutions,plans,monthly_churn",
                "\"" + FORMULA.replace("\"", "\"\"") + "\",subscription-saas,12,300,5,all,both=faster-onboarding+customer-success,"
                        + "\"pert(1%,2%,4%)\"",
                "\"" + MARKUP.replace("\"", "\"\"") + "\",subscription-saas,12,300,5,none,,") + "\n", StandardCharsets.UTF_8);
        out = dir.resolve("out");
        run("run", csv.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
    }

    static void run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(Main.OK, code, err.toString());
        assertEquals("", err.toString(), "nothing on stderr (no logging warnings)");
    }

    private static Path deck(String scenario) throws IOException {
        try (var folders = Files.list(out)) {
            for (Path f : folders.filter(Files::isDirectory).toList()) {
                String manifest = Files.readString(f.resolve("manifest.json"));
                if (manifest.contains("\"deck\": true") && Files.isRegularFile(f.resolve("deck.pptx"))
                        && JsonParser.parseString(manifest).getAsJsonObject().get("scenario")
                                .getAsString().equals(scenario)) {
                    return f.resolve("deck.pptx");
                }
            }
        }
        throw new AssertionError("no deck for " + scenario);
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && !t.getText().isEmpty()) {
                texts.add(t.getText());
            }
        }
        return texts;
    }

    @Test
    void titleTableAndOneSlidePerKeyChart() throws IOException {
        Path file = deck(FORMULA);
        try (InputStream in = Files.newInputStream(file); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(960, ppt.getPageSize().width);
            assertEquals(540, ppt.getPageSize().height, "16:9");
            List<XSLFSlide> slides = ppt.getSlides();
            List<String> title = texts(slides.get(0));
            assertEquals(FORMULA, title.get(0), "the name, as plain text");
            assertTrue(title.get(1).startsWith("subscription-saas \u00b7 300 trials \u00b7 seed 5 \u00b7 12 months \u00b7 scalesim "),
                    title.get(1));
            XSLFTable table = slides.get(1).getShapes().stream().filter(XSLFTable.class::isInstance)
                    .map(XSLFTable.class::cast).findFirst().orElseThrow();
            // header, baseline, 3 solutions + 1 plan... at most 1 + 1 + 7 rows
            assertTrue(table.getNumberOfRows() >= 3 && table.getNumberOfRows() <= 9, "rows " + table.getNumberOfRows());
            assertEquals("Solution or plan", table.getCell(0, 0).getText());
            assertEquals("baseline", table.getCell(1, 0).getText());
            assertTrue(table.getCell(2, 2).getText().matches("[+-]\\$.* \\([+-]\\$.* to [+-]\\$.*\\)"),
                    table.getCell(2, 2).getText());
            // chart slides: fan, impact, cash-out, breakeven, tornado (uncertain churn); no plan search
            List<String> labels = new ArrayList<>();
            for (XSLFSlide s : slides.subList(2, slides.size())) {
                labels.add(texts(s).get(0));
                List<XSLFPictureShape> pictures = s.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                        .map(XSLFPictureShape.class::cast).toList();
                assertEquals(1, pictures.size());
                assertEquals(PictureData.PictureType.PNG, pictures.get(0).getPictureData().getType());
                assertTrue(pictures.get(0).getAnchor().getMaxY() <= 540 && pictures.get(0).getAnchor().getMinX() >= 0);
                String headline = texts(s).get(1);
                assertTrue(headline.endsWith(".") && headline.length() > 20, headline);
            }
            assertEquals(List.of("GROWTH", "IMPACT", "CASH-OUT RISK", "BREAKEVEN", "WHAT DRIVES ARR"), labels);
            String drivers = texts(slides.get(6)).get(1);
            assertTrue(drivers.startsWith("What drives ARR most: ")
                    && Files.readString(out.resolve("index.html")).contains(drivers),
                    "the same sentence as index.html's insights: " + drivers);
        }
    }

    @Test
    void hostileNamesStayInertText() throws IOException {
        Path file = deck(MARKUP);
        try (InputStream in = Files.newInputStream(file); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(MARKUP, texts(ppt.getSlides().get(0)).get(0));
        }
        for (Path f : List.of(file, deck(FORMULA))) {
            try (ZipFile zip = new ZipFile(f.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    if (e.getName().startsWith("ppt/slides/slide")) {
                        String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                        assertFalse(xml.contains("<a:fld") || xml.contains("hlinkClick"), e.getName() + ": " + xml);
                    }
                }
            }
        }
    }

    @Test
    void theSameRunWritesTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(deck(FORMULA));
        Path again = dir.resolve("again");
        run("run", dir.resolve("deck.csv").toString(), "--out", again.toString(), "--threads", "1", "--quiet");
        Path previous = out;
        out = again;
        try {
            assertArrayEquals(first, Files.readAllBytes(deck(FORMULA)));
        } finally {
            out = previous;
        }
    }
}
