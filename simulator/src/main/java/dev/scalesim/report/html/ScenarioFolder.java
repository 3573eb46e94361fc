package dev.scalesim.report.html;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scalesim.report.chart.ChartFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a scenario's report folder holds on disk: which tables and manifest exist, a few facts
 * from the manifest, and the charts (PNG, with or without SVG), in report order. Missing or
 * unreadable pieces are simply absent, so an index can always be written.
 *
 * @param folder the folder's name inside the output folder
 * @param files the report files present, in contract order
 * @param charts chart names (no extension) that have a PNG, in report order
 * @param svg for each chart, whether its SVG exists too
 * @param months the horizon from the manifest, or 0 when unknown
 * @param inputFile the scenario file from the manifest, or "" when unknown
 * @param insights the decision analytics in a few sentences
 * @param segments the segments at the horizon, from segments.csv
 */
public record ScenarioFolder(String folder, List<String> files, List<String> charts, List<Boolean> svg, int months,
        String inputFile, Insights insights, SegmentView segments) {
    /** The report files of a scenario, in the order the contract lists them. */
    public static final List<String> FILES = List.of("summary.csv", "monthly.csv", "segments.csv", "solutions.csv",
            "manifest.json");
    /** Decision-analytics tables, present only when the scenario asked for their analysis. */
    public static final List<String> OPTIONAL = List.of("sensitivity.csv", "milestones.csv", "plans.csv");
    public static final String CHARTS = "charts";

    public ScenarioFolder {
        files = List.copyOf(files);
        charts = List.copyOf(charts);
        svg = List.copyOf(svg);
        if (svg.size() != charts.size()) {
            throw new IllegalArgumentException("svg must have one flag per chart, got " + svg.size() + " for "
                    + charts.size());
        }
        if (insights == null) {
            throw new IllegalArgumentException("insights must not be null");
        }
        if (segments == null) {
            throw new IllegalArgumentException("segments must not be null");
        }
    }

    /** A folder without a segment view. */
    public ScenarioFolder(String folder, List<String> files, List<String> charts, List<Boolean> svg, int months,
            String inputFile, Insights insights) {
        this(folder, files, charts, svg, months, inputFile, insights, SegmentView.NONE);
    }

    /** A folder without decision analytics. */
    public ScenarioFolder(String folder, List<String> files, List<String> charts, List<Boolean> svg, int months,
            String inputFile) {
        this(folder, files, charts, svg, months, inputFile, Insights.NONE);
    }

    public static ScenarioFolder read(Path out, String folder) throws IOException {
        Path dir = out.resolve(folder);
        List<String> files = Stream.concat(FILES.stream(), OPTIONAL.stream())
                .filter(f -> Files.isRegularFile(dir.resolve(f))).toList();
        List<String> charts = new ArrayList<>();
        Path chartDir = dir.resolve(CHARTS);
        if (Files.isDirectory(chartDir)) {
            try (DirectoryStream<Path> pngs = Files.newDirectoryStream(chartDir, "*.png")) {
                for (Path png : pngs) {
                    String name = png.getFileName().toString();
                    String stem = name.substring(0, name.length() - ".png".length());
                    if (ChartFile.caption(stem) != null) {  // only charts scalesim writes
                        charts.add(stem);
                    }
                }
            }
        }
        charts.sort(ChartFile.ORDER);
        List<Boolean> svg = charts.stream().map(c -> Files.isRegularFile(chartDir.resolve(c + ".svg"))).toList();
        int months = 0;
        String input = "";
        JsonObject manifest = manifest(dir.resolve("manifest.json"));
        if (manifest != null) {
            months = intOr(manifest.get("months"));
            JsonElement file = manifest.get("input_file");
            input = file != null && file.isJsonPrimitive() ? file.getAsString() : "";
        }
        return new ScenarioFolder(folder, files, charts, svg, months, input, Insights.read(dir, manifest),
                SegmentView.read(dir));
    }

    private static JsonObject manifest(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonElement e = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            return e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (IOException | RuntimeException e) {
            return null;  // an unreadable manifest only costs the index a few facts
        }
    }

    private static int intOr(JsonElement e) {
        try {
            return e != null && e.isJsonPrimitive() ? e.getAsInt() : 0;
        } catch (NumberFormatException ex) {
            return 0;
        }
    }
}
