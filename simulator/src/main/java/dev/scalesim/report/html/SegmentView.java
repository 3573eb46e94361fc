package dev.scalesim.report.html;

import dev.scalesim.kernel.SegmentFields;
import dev.scalesim.report.Tables;
import dev.scalesim.report.chart.ShortNumberFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario's segments at the horizon, read back from its {@code segments.csv}: the mean, P5 and
 * P95 of every field of every segment row and arm in the last month. The index shows a small
 * table per segment (baseline against the best arm for growth).
 *
 * @param month the month the values are of (the table's last), 0 when there is no table
 * @param cells by segment, then arm, then field id: {mean, p5, p95}
 */
public record SegmentView(int month, Map<String, Map<String, Map<String, double[]>>> cells) {
    /** No segment table (an older report, or one that could not be read). */
    public static final SegmentView NONE = new SegmentView(0, Map.of());

    private static final List<String> LABELS = List.of("Paying customers", "New customers in the month",
            "Customers lost in the month", "MRR", "Revenue in the month", "COGS in the month");

    public SegmentView {
        if (month < 0) {
            throw new IllegalArgumentException("month must be >= 0, got " + month);
        }
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));  // keeps the table's order
    }

    /** Segment rows in the table's order, the unallocated rest last. */
    public List<String> segments() {
        return List.copyOf(cells.keySet());
    }

    /** One field's {mean, p5, p95} of a segment row and arm at the horizon. */
    public Optional<double[]> get(String segment, String arm, String field) {
        return Optional.ofNullable(cells.getOrDefault(segment, Map.of()).getOrDefault(arm, Map.of()).get(field));
    }

    /**
     * Reads the last month of {@code segments.csv}; report tables are written by scalesim, so a
     * plain comma split suffices for the numbers (text cells are the leading scenario, arm and
     * segment, read from the right so a quoted name with commas still parses).
     */
    static SegmentView read(Path dir) {
        Path file = dir.resolve(Tables.SEGMENTS);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Map<String, Map<String, Map<String, double[]>>> cells = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, double[]>>> last = new LinkedHashMap<>();
        int month = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();  // header
            while ((line = in.readLine()) != null) {
                List<String> c = cells(line);
                if (c.size() != 11) {
                    return NONE;
                }
                int m = Integer.parseInt(c.get(3));
                if (m > month) {
                    month = m;
                    last.clear();
                }
                if (m == month) {
                    last.computeIfAbsent(c.get(2), k -> new LinkedHashMap<>())
                            .computeIfAbsent(c.get(1), k -> new LinkedHashMap<>())
                            .put(c.get(4), new double[] {number(c.get(5)), number(c.get(6)), number(c.get(10))});
                }
            }
        } catch (IOException | RuntimeException e) {
            return NONE;  // an unreadable table only costs the index its segment view
        }
        last.forEach((segment, arms) -> {
            Map<String, Map<String, double[]>> copy = new LinkedHashMap<>();
            arms.forEach((arm, fields) -> copy.put(arm, Map.copyOf(fields)));
            cells.put(segment, Collections.unmodifiableMap(copy));
        });
        return new SegmentView(month, Collections.unmodifiableMap(cells));
    }

    /** The view's HTML: one small table per segment, baseline against {@code best} (if any). */
    void render(StringBuilder h, String baseline, Optional<String> best, String bestLabel) {
        if (cells.isEmpty()) {
            return;
        }
        h.append("<h3>Segments in month ").append(month).append("</h3>\n<p class=\"note\">Mean (P5&ndash;P95) of ")
                .append("each customer segment at the horizon");
        best.ifPresent(b -> h.append(", baseline against the best for growth, ").append(bestLabel));
        h.append(". ").append(Html.text(SegmentFields.UNALLOCATED)).append(" holds revenue and costs no segment ")
                .append("owns (one-off deals, marketplace or ad revenue, shared costs), so the rows add up to the ")
                .append("totals; every month is in ").append(Tables.SEGMENTS).append(".</p>\n<div class=\"segments\">\n");
        for (String segment : segments()) {
            h.append("<table class=\"segment\">\n<caption>").append(Html.text(segment)).append("</caption>\n")
                    .append("<thead><tr><th></th><th class=\"num\">Baseline</th>");
            best.ifPresent(b -> h.append("<th class=\"num\">").append(Html.text(b)).append("</th>"));
            h.append("</tr></thead>\n<tbody>\n");
            for (int f = 0; f < SegmentFields.COUNT; f++) {
                String field = SegmentFields.IDS.get(f);
                boolean money = f >= SegmentFields.MRR;
                boolean rest = segment.equals(SegmentFields.UNALLOCATED);
                if (rest && (!money || zero(segment, baseline, field) && best.map(b -> zero(segment, b, field)).orElse(true))) {
                    continue;  // customers always belong to a segment; most models have no unallocated revenue
                }
                h.append("<tr><th>").append(LABELS.get(f)).append("</th><td class=\"num\">")
                        .append(cell(get(segment, baseline, field), money)).append("</td>");
                best.ifPresent(b -> h.append("<td class=\"num\">").append(cell(get(segment, b, field), money))
                        .append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</div>\n");
    }

    private boolean zero(String segment, String arm, String field) {
        return get(segment, arm, field).map(v -> v[0] == 0 && v[1] == 0 && v[2] == 0).orElse(true);
    }

    private static String cell(Optional<double[]> v, boolean money) {
        return v.map(x -> value(x[0], money) + " <span class=\"muted\">(" + value(x[1], money) + "&ndash;"
                + value(x[2], money) + ")</span>").orElse("");
    }

    private static String value(double v, boolean money) {
        if (Double.isNaN(v)) {
            return "&ndash;";
        }
        return Html.text(money ? ShortNumberFormat.money(v) : ShortNumberFormat.count(v));
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** RFC 4180 cells of one line (quotes doubled inside quoted cells). */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
