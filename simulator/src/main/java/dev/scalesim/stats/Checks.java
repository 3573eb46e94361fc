package dev.scalesim.stats;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Argument checks for value records. Messages name the field and the bad value, so a scenario
 * author can fix the cell (the style of commons-rng's {@code InternalUtils}).
 */
public final class Checks {
    private Checks() {
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + " must be > 0, got " + format(value));
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, got " + format(value));
        }
        return value;
    }

    public static int positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, got " + value);
        }
        return value;
    }

    public static void ordered(String lowField, double low, String highField, double high) {
        if (low > high) {
            throw new IllegalArgumentException(lowField + " must be <= " + highField + ", got "
                    + format(low) + " > " + format(high));
        }
    }

    public static void strictlyOrdered(String lowField, double low, String highField, double high) {
        if (!(low < high)) {
            throw new IllegalArgumentException(lowField + " must be < " + highField + ", got "
                    + format(low) + " and " + format(high));
        }
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /**
     * Shortest text for a number, 12 significant digits, '.' as decimal separator: plain
     * notation, except far outside any business quantity (below 1e-9 or from 1e21 in magnitude),
     * where a message would otherwise spell out hundreds of zeros: {@code 1e-300}.
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude < 1e-9 || magnitude >= 1e21) {
            return rounded.toString().replace("E+", "e").replace('E', 'e');
        }
        return rounded.toPlainString();
    }
}
