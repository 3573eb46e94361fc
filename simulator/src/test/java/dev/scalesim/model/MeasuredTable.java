package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scalesim.stats.PairedDelta;
import dev.scalesim.support.Repo;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "measured on the reference example" tables of {@code docs/MODELS.md}, rendered from the runs
 * {@link CatalogTest} makes anyway, so the doc cannot drift from the code: a stale row fails the
 * test; {@code -Dscalesim.docs.update=true} (or {@code python3 docs/tools/defaults_table.py
 * --write}) rewrites the rows instead. A model whose section has no such table is not checked.
 */
final class MeasuredTable {
    private static final Path DOC = Repo.root().resolve("docs/MODELS.md");
    private static final String HEADING = "**Measured on the reference example**";
    static final boolean UPDATE = Boolean.getBoolean("scalesim.docs.update");

    private MeasuredTable() {
    }

    /** One table row: "challenge `x` off" or "solution `y`", its outcome and the paired change. */
    static String row(String arm, String outcome, PairedDelta d) {
        return "| " + arm + " | `" + outcome + "` | " + format(d.baselineMean(), false) + " | "
                + format(d.deltaMean(), true) + " | [" + format(d.ciLow(), false) + ", " + format(d.ciHigh(), false)
                + "] |";
    }

    /** Three significant figures, with k and M for thousands and millions (as the doc was hand-written). */
    static String format(double x, boolean sign) {
        double a = Math.abs(x);
        String s;
        if (a >= 1e6) {
            s = String.format(Locale.ROOT, "%.2fM", x / 1e6);
        } else if (a >= 1e4) {
            s = String.format(Locale.ROOT, "%.0fk", x / 1e3);
        } else if (a >= 100) {
            s = String.format(Locale.ROOT, "%.0f", x);
        } else if (a == 0) {
            s = "0";
        } else {
            s = new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return sign && x >= 0 ? "+" + s : s;
    }

    /**
     * Checks (or, updating, rewrites) the rows of {@code model}'s table that start with {@code kind}
     * ("challenge " or "solution ") against {@code rows}, in order.
     */
    static synchronized void check(String model, String kind, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(DOC, StandardCharsets.UTF_8));
        int section = lines.indexOf("### " + model);
        if (section < 0) {
            return;
        }
        int at = section + 1;
        while (at < lines.size() && !lines.get(at).startsWith("### ") && !lines.get(at).startsWith(HEADING)) {
            at++;
        }
        if (at >= lines.size() || !lines.get(at).startsWith(HEADING)) {
            return;
        }
        int first = at + 1;
        while (!lines.get(first).startsWith("|---")) {
            first++;
        }
        first++;
        int end = first;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        List<String> table = lines.subList(first, end);
        List<String> documented = table.stream().filter(l -> l.startsWith("| " + kind)).toList();
        if (UPDATE) {
            List<String> kept = new ArrayList<>(table.stream().filter(l -> !l.startsWith("| " + kind)).toList());
            if (kind.startsWith("challenge")) {
                kept.addAll(0, rows);
            } else {
                kept.addAll(rows);
            }
            table.clear();
            table.addAll(kept);
            Files.write(DOC, lines, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(String.join("\n", rows), String.join("\n", documented), "docs/MODELS.md, " + model
                + "'s measured table is stale; regenerate with python3 docs/tools/defaults_table.py --write");
    }
}
