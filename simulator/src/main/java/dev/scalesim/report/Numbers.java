package dev.scalesim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers in tables: plain notation, '.' whatever the locale; ten significant digits for exact
 * statistics (means, deltas), four for sketch quantiles (accurate to 0.2%, so more digits would
 * only be noise).
 */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final MathContext QUANTILE_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /** A sketch quantile, to four significant digits. */
    public static String quantile(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return format(value);
        }
        return new BigDecimal(value).round(QUANTILE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** An empty cell for an undefined value (NaN), otherwise the number. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
