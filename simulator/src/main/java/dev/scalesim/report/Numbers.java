package dev.scalesim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers in tables: ten significant digits, plain notation, '.' whatever the locale. */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private Numbers() {
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
