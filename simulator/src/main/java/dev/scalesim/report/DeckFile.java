package dev.scalesim.report;

import dev.scalesim.kernel.Arm;
import dev.scalesim.report.chart.ArmOutcome;
import dev.scalesim.report.chart.ChartFile;
import dev.scalesim.report.chart.ScenarioOutcomes;
import dev.scalesim.report.chart.ShortNumberFormat;
import dev.scalesim.report.deck.Deck;
import dev.scalesim.report.deck.DeckWriter;
import dev.scalesim.report.html.Insights;
import dev.scalesim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A scenario's {@code deck.pptx}: a title slide, the key outcomes as a table (the baseline and
 * every arm by mean change in ARR, as index.html ranks them), then one slide per key chart with
 * the sentence {@link Insights#takeaways} gives it. Written inside the scenario's partial folder
 * like every other report file. The layout is the {@code deck} module's {@link DeckWriter},
 * looked up only when a deck is wanted.
 */
public final class DeckFile {
    public static final String FILE = "deck.pptx";
    /** The charts a deck shows, in order, when the scenario has them, with a slide label each. */
    static final Map<ChartFile, String> CHARTS = charts();
    /** Arms besides the baseline the table shows at most (more would not be readable on a slide). */
    static final int TABLE_ARMS = 7;

    private static Optional<DeckWriter> writer;

    private DeckFile() {
    }

    /** The deck writer on the class path (the {@code deck} module), if any; looked up once. */
    public static synchronized Optional<DeckWriter> writer() {
        if (writer == null) {
            Iterator<DeckWriter> found = ServiceLoader.load(DeckWriter.class, DeckFile.class.getClassLoader()).iterator();
            writer = found.hasNext() ? Optional.of(found.next()) : Optional.empty();
        }
        return writer;
    }

    /** Writes {@code folder/deck.pptx} from the folder's charts and tables. */
    static void write(DeckWriter writer, Scenario s, BatchSummary.Rows rows, Path folder, String version)
            throws IOException {
        writer.write(deck(s, BatchSummary.outcomes(rows), folder, version), folder.resolve(FILE));
    }

    static Deck deck(Scenario s, ScenarioOutcomes o, Path folder, String version) throws IOException {
        int months = s.simulation().months();
        String subtitle = String.format(Locale.ROOT, "%s \u00b7 %,d trials \u00b7 seed %d \u00b7 %d months \u00b7 scalesim %s",
                s.model().id(), o.trials(), s.simulation().seed(), months, version);
        Map<String, String> takeaways = Insights.takeaways(folder, o, months);
        List<Deck.Slide> slides = new ArrayList<>();
        for (Map.Entry<ChartFile, String> chart : CHARTS.entrySet()) {
            Path png = folder.resolve(ReportWriter.CHARTS).resolve(chart.getKey().stem() + ".png");
            if (Files.isRegularFile(png)) {
                int[] size = size(png);
                slides.add(new Deck.Slide(chart.getValue(), takeaways.getOrDefault(chart.getKey().stem(),
                        ChartFile.caption(chart.getKey().stem())), png, size[0], size[1]));
            }
        }
        return new Deck(s.name(), subtitle, table(o, months), slides);
    }

    private static Deck.Table table(ScenarioOutcomes o, int months) {
        List<String> arms = new ArrayList<>();
        arms.add(Arm.BASELINE);
        arms.addAll(o.ranking());
        List<List<String>> rows = new ArrayList<>();
        for (String arm : arms.subList(0, Math.min(arms.size(), TABLE_ARMS + 1))) {
            Optional<ArmOutcome> arr = o.get(arm, ScenarioOutcomes.ARR_END);
            boolean base = arm.equals(Arm.BASELINE);
            rows.add(List.of(arm,
                    arr.map(a -> ShortNumberFormat.money(a.mean())).orElse(""),
                    base ? "" : arr.map(a -> ShortNumberFormat.moneyDelta(a.deltaMean()) + " ("
                            + ShortNumberFormat.moneyDelta(a.ciLow()) + " to " + ShortNumberFormat.moneyDelta(a.ciHigh())
                            + ")").orElse(""),
                    base ? "" : arr.map(a -> ShortNumberFormat.percent(a.pBetter())).orElse(""),
                    o.get(arm, "p_cash_out").map(a -> ShortNumberFormat.percent(a.mean())).orElse(""),
                    o.get(arm, "breakeven_month").map(a -> Double.isNaN(a.p50()) || a.p50() > months
                            ? "not by " + months : Long.toString(Math.round(a.p50()))).orElse("")));
        }
        String more = arms.size() > TABLE_ARMS + 1 ? " The " + (arms.size() - TABLE_ARMS - 1)
                + " further arms are in results.xlsx." : "";
        return new Deck.Table("Every solution and plan against the baseline, most ARR first",
                "Each arm against the baseline on the same " + String.format(Locale.ROOT,
                "%,d", o.trials()) + " simulated futures: mean ARR at month " + months
                + ", its mean change with a 95% interval, the share of futures in which it beats the baseline."
                + more, List.of("Solution or plan", "ARR, month " + months, "Change in ARR (95% CI)", "P(better)",
                        "Cash-out risk", "Breakeven month"), rows);
    }

    private static Map<ChartFile, String> charts() {
        Map<ChartFile, String> c = new LinkedHashMap<>();
        c.put(ChartFile.FAN_MRR, "Growth");
        c.put(ChartFile.IMPACT, "Impact");
        c.put(ChartFile.CASH_OUT, "Cash-out risk");
        c.put(ChartFile.BREAKEVEN, "Breakeven");
        c.put(ChartFile.TORNADO, "What drives ARR");
        c.put(ChartFile.PLANS, "Plan search");
        return Collections.unmodifiableMap(c);
    }

    /** A PNG's size from its header, without decoding it. */
    private static int[] size(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image: " + png);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
