package dev.scalesim.report.deck;

import java.nio.file.Path;
import java.util.List;

/**
 * What one scenario's deck shows, slide by slide; every text is plain (a writer puts it in text
 * runs, never in fields or formulas).
 *
 * @param title the title slide's heading (the scenario's name)
 * @param subtitle the title slide's second line (model, trials, seed, horizon, version)
 * @param table the key-outcomes slide's table
 * @param slides one slide per chart, in order
 */
public record Deck(String title, String subtitle, Table table, List<Slide> slides) {
    public Deck {
        if (title == null || title.isBlank() || subtitle == null || table == null) {
            throw new IllegalArgumentException("a deck needs a title, a subtitle and a table, got " + title);
        }
        slides = List.copyOf(slides);
    }

    /**
     * A native table.
     *
     * @param title the slide's headline (its label is Key outcomes)
     * @param note a line under the table (how to read it)
     * @param header column headings
     * @param rows cells, as many per row as headings; the first row is the baseline
     */
    public record Table(String title, String note, List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException("each row needs " + header.size() + " cells, got " + r.size());
                }
            }
        }
    }

    /**
     * A chart slide.
     *
     * @param title the slide's label (a word or two: Impact, Breakeven)
     * @param takeaway one sentence, the slide's headline: what the chart says
     * @param image the chart's PNG
     * @param width the PNG's width in pixels
     * @param height its height in pixels
     */
    public record Slide(String title, String takeaway, Path image, int width, int height) {
        public Slide {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
            }
        }
    }
}
