package dev.scalesim.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as strategy teams write them: {@code 0.05}, {@code 5%}, {@code 50k}, {@code 1.2M},
 * {@code 3bn}, {@code $1,200}, {@code -$300}, {@code 1e6}. The decimal separator is always
 * {@code .}; {@code ,} is accepted only as a thousands separator in groups of three digits.
 */
public final class Values {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<sign>[-+])?\\$?(?<sign2>[-+])?(?<int>\\d{1,3}(?:,\\d{3})+|\\d*)(?<frac>\\.\\d+)?"
                    + "(?<exp>[eE][-+]?\\d+)?\\s*(?<suffix>%|k|m|b|bn)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIMAL_COMMA =
            Pattern.compile("[-+]?\\$?[-+]?\\d+(?:,\\d+)+\\s*(?:%|k|m|b|bn)?", Pattern.CASE_INSENSITIVE);
    static final String EXPECTED = "a number such as 0.05, 5%, 50k, 1.2M or $1,200";

    private Values() {
    }

    /** Parses a number or throws with a message saying what was expected. */
    public static double number(String text) {
        String s = text.strip();
        Matcher m = match(s);
        if (m == null) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", got '" + Limit.quote(text.strip()) + "'"
                    + decimalHint(s));
        }
        String plain = m.group("int").replace(",", "") + (m.group("frac") == null ? "" : m.group("frac"))
                + (m.group("exp") == null ? "" : m.group("exp"));
        double value = Double.parseDouble(plain.startsWith(".") ? "0" + plain : plain);
        String suffix = m.group("suffix") == null ? "" : m.group("suffix").toLowerCase(Locale.ROOT);
        value *= switch (suffix) {
            case "%" -> 0.01;
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "b", "bn" -> 1e9;
            default -> 1;
        };
        boolean negative = "-".equals(m.group("sign")) || "-".equals(m.group("sign2"));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("expected a finite number, got '" + Limit.quote(text.strip()) + "'");
        }
        return negative ? -value : value;
    }

    /** True when the text is written as a number (which may still be too large to be finite). */
    static boolean isNumber(String text) {
        return match(text.strip()) != null;
    }

    private static Matcher match(String s) {
        Matcher m = NUMBER.matcher(s);
        boolean digits = m.matches() && (!m.group("int").isEmpty() || m.group("frac") != null);
        return digits && (m.group("sign") == null || m.group("sign2") == null) ? m : null;
    }

    /** A hint for a number with a decimal comma ({@code 0,05}, as Excel writes it in many locales), or "". */
    static String decimalHint(String text) {
        return DECIMAL_COMMA.matcher(text.strip()).matches() ? " (use '.' as the decimal separator)" : "";
    }

    /** A whole number in [min, max]; {@code 10k} is fine. */
    public static long whole(String field, String text, long min, long max) {
        double v;
        try {
            v = number(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be a whole number in [" + min + ", " + max
                    + "], got '" + Limit.quote(text.strip()) + "'");
        }
        if (v != Math.rint(v) || v < min || v > max) {
            throw new IllegalArgumentException(field + " must be a whole number in [" + min + ", " + max
                    + "], got '" + Limit.quote(text.strip()) + "'");
        }
        return (long) v;
    }
}
