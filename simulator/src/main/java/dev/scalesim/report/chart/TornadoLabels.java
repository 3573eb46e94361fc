package dev.scalesim.report.chart;

import dev.scalesim.kernel.Param;
import dev.scalesim.kernel.Unit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the tornado names an input: its title (the first clause of the parameter's meaning) and
 * segment instead of the raw id, a mark when the value is a model default the scenario file never
 * set, and the values that bound the input's lowest and highest tenth of trials (its P10 and P90).
 */
final class TornadoLabels {
    /** Marks an input whose value is the model's default: the file never set it. */
    static final String DEFAULT_MARK = " *";
    private static final int MAX_TITLE = 44;

    private final List<Param> params;

    TornadoLabels(List<Param> params) {
        this.params = List.copyOf(params);
    }

    /** The axis label of an input: "Acquisition elasticity · smb *". */
    String label(String input) {
        Optional<Param> p = find(input);
        if (p.isEmpty()) {
            return input;  // a solution's effect size: its id is its best name
        }
        Param param = p.get();
        String title = title(param.def().meaning());
        return title + (param.segment() == null ? "" : " \u00b7 " + param.segment())
                + (isDefault(param) ? DEFAULT_MARK : "");
    }

    /** True when the input is a model default the scenario file never set. */
    boolean isDefault(String input) {
        return find(input).map(TornadoLabels::isDefault).orElse(false);
    }

    /** The input's P10 ("low" end of the bars) and P90, as the axis of its unit writes them; empty when unknown. */
    Optional<String[]> lowHigh(String input) {
        return find(input).filter(p -> !p.value().isConstant()).map(p -> new String[] {
            value(p, 0.10), value(p, 0.90)});
    }

    private static String value(Param p, double q) {
        double v = p.def().clamp(p.value().quantile(q));
        return format(p.def().unit(), v);
    }

    static String format(Unit unit, double v) {
        return switch (unit) {
            case USD, USD_PER_MONTH -> ShortNumberFormat.money(v);
            case FRACTION, FRACTION_PER_MONTH, FRACTION_PER_YEAR -> ShortNumberFormat.percent(v);
            case MULTIPLIER -> String.format(Locale.ROOT, "%.2fx", v);
            case COUNT, COUNT_PER_MONTH, COUNT_PER_YEAR, MONTHS, DAYS, NUMBER -> Math.abs(v) >= 1000
                    ? ShortNumberFormat.count(v) : String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.0f" : "%.2g", v);
        };
    }

    /** The meaning's first clause, capitalised and cut to fit beside the bars. */
    static String title(String meaning) {
        String t = meaning;
        for (String stop : List.of(":", " (", ";", ", ")) {
            int at = t.indexOf(stop);
            if (at > 0) {
                t = t.substring(0, at);
            }
        }
        t = t.strip();
        if (t.length() > MAX_TITLE) {
            int cut = t.lastIndexOf(' ', MAX_TITLE - 1);
            t = t.substring(0, cut > 10 ? cut : MAX_TITLE - 1) + "\u2026";
        }
        return t.isEmpty() ? meaning : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private Optional<Param> find(String input) {
        return params.stream().filter(p -> p.id().equals(input)).findFirst();
    }

    private static boolean isDefault(Param p) {
        return p.origin().startsWith("default");
    }
}
