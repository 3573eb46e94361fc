package dev.scalesim.deck;

import dev.scalesim.report.deck.Deck;
import dev.scalesim.report.deck.DeckWriter;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Lays a deck out on 16:9 slides (960 x 540 points, the charts' own canvas): a title slide, the
 * key outcomes as a native table, then each chart under its caption and takeaway, as large as
 * the slide allows at its own aspect ratio. Every text is a plain text run, so a scenario name
 * is shown, never interpreted. The document's dates are fixed and POI writes its ZIP entries
 * with a fixed time ({@link Reproducibility}), so the same deck gives the same bytes.
 */
public final class PoiDeckWriter implements DeckWriter {
    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    private static final double MARGIN = 36;
    /** Where a slide's table or chart starts, below the label and a two-line headline. */
    private static final double TOP = 96;
    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    private static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    private static final Color BAND = new Color(0xF3, 0xF4, 0xF6);
    private static final String FONT = "Calibri";
    /** The documents' creation and modification time: fixed, so output depends on the deck only. */
    private static final Date FIXED = new Date(946_684_800_000L); // 2000-01-01T00:00:00Z

    static {
        // POI logs through Log4j's API; without this, Log4j prints a warning on stderr that no
        // logging back end is installed. Leave a choice made by whoever runs us alone.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    @Override
    public void write(Deck deck, Path file) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension(WIDTH, HEIGHT));
            POIXMLProperties.CoreProperties core = ppt.getProperties().getCoreProperties();
            core.setTitle(deck.title());
            core.setCreator("scalesim");
            core.setCreated(Optional.of(FIXED));
            core.setModified(Optional.of(FIXED));
            title(ppt.createSlide(), deck);
            table(ppt.createSlide(), deck.table(), deck.title());
            for (Deck.Slide s : deck.slides()) {
                chart(ppt, ppt.createSlide(), s, deck.title());
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                // POI writes fixed ZIP entry times only inside runWithSourceDateEpoch, a JVM-wide
                // flag it resets afterwards: report writers run in parallel, so one deck at a time.
                synchronized (PoiDeckWriter.class) {
                    Reproducibility.runWithSourceDateEpoch(() -> ppt.write(out));
                }
            }
        }
    }

    private static void title(XSLFSlide slide, Deck deck) {
        var bar = slide.createAutoShape();
        bar.setAnchor(new Rectangle2D.Double(MARGIN, 200, 8, 120));
        bar.setFillColor(ACCENT);
        bar.setLineColor(ACCENT);
        text(slide, new Rectangle2D.Double(MARGIN + 24, 190, WIDTH - 2 * MARGIN - 24, 80), deck.title(), 40, true, INK);
        text(slide, new Rectangle2D.Double(MARGIN + 24, 270, WIDTH - 2 * MARGIN - 24, 60), deck.subtitle(), 18, false, MUTED);
    }

    private static void table(XSLFSlide slide, Deck.Table t, String scenario) {
        heading(slide, "Key outcomes", t.title(), scenario);
        List<String> header = t.header();
        XSLFTable table = slide.createTable();
        double width = WIDTH - 2 * MARGIN;
        double first = width * 0.22;
        double change = width * 0.28;
        XSLFTableRow head = table.addRow();
        for (int c = 0; c < header.size(); c++) {
            cell(head.addCell(), header.get(c), 12, true, Color.WHITE, ACCENT, c == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XSLFTableRow row = table.addRow();
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                cell(row.addCell(), cells.get(c), 12, r == 0, INK, r % 2 == 0 ? BAND : Color.WHITE,
                        c == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
            }
        }
        for (int c = 0; c < header.size(); c++) {
            table.setColumnWidth(c, c == 0 ? first : c == 2 ? change : (width - first - change) / (header.size() - 2));
        }
        double rowHeight = 30;
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            table.setRowHeight(r, rowHeight);
        }
        double height = rowHeight * table.getNumberOfRows();
        table.setAnchor(new Rectangle2D.Double(MARGIN, TOP, width, height));
        text(slide, new Rectangle2D.Double(MARGIN, Math.min(TOP + height + 14, HEIGHT - 78), width, 44), t.note(), 11,
                false, MUTED);
    }

    private static void cell(XSLFTableCell cell, String text, double size, boolean bold, Color color, Color fill,
            TextAlign align) {
        cell.clearText();
        XSLFTextParagraph p = cell.addNewTextParagraph();
        p.setTextAlign(align);
        run(p, text, size, bold, color);
        cell.setFillColor(fill);
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        cell.setLeftInset(6);
        cell.setRightInset(6);
    }

    private static void chart(XMLSlideShow ppt, XSLFSlide slide, Deck.Slide s, String scenario) throws IOException {
        heading(slide, s.title(), s.takeaway(), scenario);
        XSLFPictureData picture = ppt.addPicture(Files.readAllBytes(s.image()), PictureData.PictureType.PNG);
        double top = TOP;
        double boxWidth = WIDTH - 2 * MARGIN;
        double boxHeight = HEIGHT - top - 30;
        double scale = Math.min(boxWidth / s.width(), boxHeight / s.height());
        double w = s.width() * scale;
        double h = s.height() * scale;
        slide.createPicture(picture).setAnchor(new Rectangle2D.Double((WIDTH - w) / 2, top, w, h));
    }

    /**
     * A small label, the headline under it (a chart slide's takeaway: the slide says what it
     * shows, as strategy decks do), and in the corner the scenario the slide belongs to.
     */
    private static void heading(XSLFSlide slide, String label, String headline, String scenario) {
        text(slide, new Rectangle2D.Double(MARGIN, 14, WIDTH - 2 * MARGIN, 22), label.toUpperCase(Locale.ROOT),
                11, true, ACCENT);
        text(slide, new Rectangle2D.Double(MARGIN, 34, WIDTH - 2 * MARGIN, 56), headline, 20, true, INK);
        XSLFTextBox foot = text(slide, new Rectangle2D.Double(MARGIN, HEIGHT - 28, WIDTH - 2 * MARGIN, 22),
                scenario, 10, false, MUTED);
        foot.getTextParagraphs().get(0).setTextAlign(TextAlign.RIGHT);
    }

    private static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold,
            Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        run(box.addNewTextParagraph(), text, size, bold, color);
        return box;
    }

    private static void run(XSLFTextParagraph p, String text, double size, boolean bold, Color color) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(color);
    }
}
