package dev.scalesim.kernel;

import dev.scalesim.stats.Checks;

/**
 * A rank correlation asked between two uncertain inputs, imposed through a Gaussian copula
 * without changing either input's distribution.
 *
 * @param a a parameter id (qualified, e.g. {@code smb.price}, or global)
 * @param b another parameter id
 * @param rho Spearman's rank correlation, in [-1, 1]
 */
public record Correlation(String a, String b, double rho) {
    public Correlation {
        Checks.notBlank("a", a);
        Checks.notBlank("b", b);
        if (!(rho >= -1 && rho <= 1)) {
            throw new IllegalArgumentException("rho must be in [-1, 1], got " + rho);
        }
        if (a.equals(b)) {
            throw new IllegalArgumentException("a correlation needs two different parameters, got " + a + " twice");
        }
    }

    public String describe() {
        return a + "~" + b + "=" + Checks.format(rho);
    }
}
