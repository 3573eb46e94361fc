package dev.scalesim.scenario;

import dev.scalesim.stats.Distribution;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell values: a number, {@code unlimited}, a distribution call such as
 * {@code pert(2%, 3%, 5%)}, or a 90% interval {@code low to high}. Inside a call, arguments are
 * separated by {@code ,} or {@code ;} (so write thousands with {@code k}/{@code M} there).
 */
public final class Expressions {
    private static final Pattern CALL = Pattern.compile("([A-Za-z]+)\\s*\\((.*)\\)");
    private static final List<String> FUNCTIONS =
            List.of("uniform", "normal", "lognormal", "triangular", "pert", "beta");
    private static final List<String> UNLIMITED = List.of("unlimited", "inf", "infinity", "∞");

    private Expressions() {
    }

    /** Parses a cell or throws with a message saying what was expected. */
    public static Distribution parse(String text) {
        String s = text.strip();
        if (UNLIMITED.contains(s.toLowerCase(Locale.ROOT))) {
            return Distribution.constant(Double.POSITIVE_INFINITY);
        }
        Matcher call = CALL.matcher(s);
        if (call.matches()) {
            return call(call.group(1).toLowerCase(Locale.ROOT), call.group(2));
        }
        int to = interval(s);
        if (to > 0) {
            double low = number(s.substring(0, to));
            double high = number(s.substring(to + 2));
            return build("low to high", () -> new Distribution.Interval90(low, high));
        }
        try {
            return Distribution.constant(number(s));
        } catch (IllegalArgumentException e) {
            if (Values.isNumber(s)) {
                throw e; // written as a number but unusable (1e999): Values says why
            }
            throw new IllegalArgumentException("expected " + Values.EXPECTED
                    + ", a distribution such as pert(1%,2%,4%) or '300 to 900', got '" + Limit.quote(s) + "'"
                    + Values.decimalHint(s));
        }
    }

    /**
     * A number within {@link Limit#MAGNITUDE}: a larger one (1e308) is finite but overflows the
     * moment it is multiplied, leaving every outcome blank.
     */
    private static double number(String text) {
        double v = Values.number(text);
        if (Math.abs(v) > Limit.MAGNITUDE.value()) {
            throw new IllegalArgumentException("expected a number of at most " + Limit.MAGNITUDE.text()
                    + " in absolute value (1e15), got '" + Limit.quote(text.strip()) + "'");
        }
        return v;
    }

    /**
     * Where the word {@code to} of {@code low to high} starts in a stripped cell (whitespace on
     * both sides, the first such), or -1. One pass, no regular expression: a pattern such as
     * {@code (.+?)\s+to\s+(.+)} backtracks quadratically on a long cell without {@code to}.
     */
    static int interval(String s) {
        for (int i = 1; i + 2 < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i - 1)) && s.regionMatches(true, i, "to", 0, 2)
                    && Character.isWhitespace(s.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static Distribution call(String name, String argText) {
        String[] parts = argText.contains(";") ? argText.split(";", -1) : argText.split(",", -1);
        double[] a = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                a[i] = number(parts[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": argument " + (i + 1) + ": " + e.getMessage());
            }
        }
        return switch (name) {
            case "uniform" -> build(name, 2, a, "min, max", () -> new Distribution.Uniform(a[0], a[1]));
            case "normal" -> build(name, 2, a, "mean, sd", () -> new Distribution.Normal(a[0], a[1]));
            case "lognormal" -> build(name, 2, a, "mean, sd", () -> new Distribution.LogNormal(a[0], a[1]));
            case "triangular" -> build(name, 3, a, "min, mode, max",
                    () -> new Distribution.Triangular(a[0], a[1], a[2]));
            case "pert" -> build(name, 3, a, "min, mode, max", () -> new Distribution.Pert(a[0], a[1], a[2]));
            case "beta" -> build(name, 2, a, "a, b", () -> new Distribution.Beta(a[0], a[1]));
            default -> throw new IllegalArgumentException("unknown distribution '" + name + "'"
                    + Suggest.didYouMean(name, FUNCTIONS) + "; expected one of " + String.join(", ", FUNCTIONS));
        };
    }

    private static Distribution build(String name, int arity, double[] args, String signature,
            Supplier<Distribution> make) {
        if (args.length != arity) {
            throw new IllegalArgumentException(name + " takes " + arity + " arguments (" + signature
                    + "), got " + args.length);
        }
        return build(name + "(" + signature + ")", make);
    }

    private static Distribution build(String what, Supplier<Distribution> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }
}
