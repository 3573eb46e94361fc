package dev.scalesim.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario report already on disk, as {@code --resume} sees it: it may be kept when every
 * table is there and its manifest carries this run's fingerprint (and says charts were drawn,
 * when charts are wanted). Folders appear under a scenario's name only once complete (see
 * {@link ReportWriter}), so the files being there means they were written to the end.
 */
public final class ExistingReport {
    /** The files every complete report has. */
    public static final List<String> FILES = List.of("summary.csv", "monthly.csv", "solutions.csv", "ledger.csv", "manifest.json");

    private ExistingReport() {
    }

    /** True when the report in {@code folder} can stand for a run with this fingerprint. */
    public static boolean matches(Path folder, String fingerprint, boolean chartsWanted) {
        return matches(folder, fingerprint, chartsWanted, false);
    }

    /**
     * True when the report in {@code folder} can stand for a run with this fingerprint; a deck
     * is not part of the fingerprint (it only lays out the tables and charts), so a report
     * without one is kept unless this run wants one.
     */
    public static boolean matches(Path folder, String fingerprint, boolean chartsWanted, boolean deckWanted) {
        if (deckWanted && !Files.isRegularFile(folder.resolve(DeckFile.FILE))) {
            return false;
        }
        if (!FILES.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f), LinkOption.NOFOLLOW_LINKS))) {
            return false;
        }
        try {
            JsonElement parsed = JsonParser.parseString(Files.readString(folder.resolve("manifest.json"),
                    StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                return false;
            }
            JsonObject m = parsed.getAsJsonObject();
            JsonElement f = m.get("fingerprint");
            JsonElement charts = m.get("charts");
            boolean hasCharts = charts != null && charts.isJsonPrimitive() && charts.getAsBoolean();
            return f != null && f.isJsonPrimitive() && fingerprint.equals(f.getAsString())
                    && (hasCharts || !chartsWanted);
        } catch (IOException | RuntimeException e) {
            // Unreadable or not JSON: not a report we can vouch for, so it is written again.
            return false;
        }
    }
}
