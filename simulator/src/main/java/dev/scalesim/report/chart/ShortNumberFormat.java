package dev.scalesim.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Numbers as a deck shows them: three significant digits with k, M, B or T ({@code $1.2M},
 * {@code $350k}, {@code -$2.05M}, {@code 12.5%}, {@code 2.5x}), '.' as the decimal separator in
 * every locale. Used for axis ticks and labels; parsing is not supported.
 */
public final class ShortNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final MathContext DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);
    private static final String[] SUFFIXES = {"", "k", "M", "B", "T"};

    /** What kind of number. */
    public enum Kind {
        MONEY, COUNT, PERCENT, MULTIPLIER
    }

    private final Kind kind;

    public ShortNumberFormat(Kind kind) {
        this.kind = kind;
    }

    /** Money: {@code $1.2M}. */
    public static String money(double value) {
        return new ShortNumberFormat(Kind.MONEY).format(value);
    }

    /** A count: {@code 12.3k}. */
    public static String count(double value) {
        return new ShortNumberFormat(Kind.COUNT).format(value);
    }

    /** A fraction as a percentage: {@code 0.125} is {@code 12.5%}. */
    public static String percent(double fraction) {
        return new ShortNumberFormat(Kind.PERCENT).format(fraction);
    }

    /** A signed change of a probability in percentage points: {@code 0.171} is {@code +17.1 pts}. */
    public static String points(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        String p = percent(fraction);
        String number = p.substring(0, p.length() - 1);
        return (fraction > 0 && !number.equals("0") ? "+" : "") + number + " pts";
    }

    /** A signed money difference: {@code +$2.6M}, {@code -$120k}. */
    public static String moneyDelta(double value) {
        return value > 0 ? "+" + money(value) : money(value);
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        if (Double.isNaN(number)) {
            return to.append("n/a");
        }
        if (Double.isInfinite(number)) {
            return to.append(number > 0 ? "\u221e" : "-\u221e");
        }
        double value = kind == Kind.PERCENT ? number * 100 : number;
        if (value < 0 && round(-value, "").equals("0")) {
            value = 0;  // no "-$0" from a rounding tick
        }
        if (value < 0) {
            to.append('-');
            value = -value;
        }
        String prefix = kind == Kind.MONEY ? "$" : "";
        String suffix = kind == Kind.PERCENT ? "%" : kind == Kind.MULTIPLIER ? "x" : "";
        int power = 0;
        if (kind != Kind.PERCENT) {
            // the unit whose 3-digit rounding stays below 1000 ($999.6k shows as $1M, not $1000k)
            while (power < SUFFIXES.length - 1 && new BigDecimal(value / Math.pow(1000, power)).round(DIGITS)
                    .compareTo(BigDecimal.valueOf(1000)) >= 0) {
                power++;
            }
        }
        return to.append(prefix).append(round(value / Math.pow(1000, power), SUFFIXES[power])).append(suffix);
    }

    private static String round(double value, String suffix) {
        if (value == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        if (d.scale() > 3) {
            d = d.setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();  // tiny values: $0.001
        }
        return (d.signum() == 0 ? "0" : d.toPlainString()) + suffix;
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("ShortNumberFormat only formats");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShortNumberFormat f && f.kind == kind;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }
}
