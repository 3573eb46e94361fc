package dev.scalesim.kernel;

/** What a parameter or metric measures; gives the default valid range of a parameter. */
public enum Unit {
    USD("$", 0, Double.POSITIVE_INFINITY),
    USD_PER_MONTH("$/month", 0, Double.POSITIVE_INFINITY),
    FRACTION("fraction", 0, 1),
    FRACTION_PER_MONTH("fraction/month", 0, 1),
    FRACTION_PER_YEAR("fraction/year", 0, 1),
    COUNT("count", 0, Double.POSITIVE_INFINITY),
    COUNT_PER_MONTH("count/month", 0, Double.POSITIVE_INFINITY),
    COUNT_PER_YEAR("count/year", 0, Double.POSITIVE_INFINITY),
    MONTHS("months", 0, Double.POSITIVE_INFINITY),
    DAYS("days", 0, Double.POSITIVE_INFINITY),
    MULTIPLIER("multiplier", 0, Double.POSITIVE_INFINITY),
    NUMBER("number", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final String label;
    private final double min;
    private final double max;

    Unit(String label, double min, double max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean isMoney() {
        return this == USD || this == USD_PER_MONTH;
    }
}
