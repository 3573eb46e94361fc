package dev.scalesim.mechanism;

/**
 * The matching function of a two-sided market: how many orders find a seller when buyers want
 * D orders and sellers can fulfil C.
 *
 * <pre>
 *   M(D, C) = A (D^-rho + C^-rho)^(-1/rho)          (a CES "soft minimum"; 0 if either side is 0)
 * </pre>
 * with A in [0, 1] the matching efficiency (search, discovery, AI ranking) and rho > 0 the
 * sharpness. Because {@code D^-rho + C^-rho >= min(D, C)^-rho}, M never exceeds
 * {@code A min(D, C)}, so never either side; it approaches {@code A min(D, C)} as rho grows or as
 * one side becomes abundant, and at a balanced market (D = C) it is {@code A D 2^(-1/rho)}:
 * balanced markets still leave orders unmatched (search frictions), as in the empirical
 * matching literature. It is homogeneous of degree 1 (constant returns to scale).
 */
public final class Matching {
    private Matching() {
    }

    /** Matches for demand d and capacity c (both >= 0), efficiency a in [0, 1], sharpness rho > 0. */
    public static double matches(double d, double c, double a, double rho) {
        if (!(d > 0) || !(c > 0)) {
            return 0;
        }
        double lo = Math.min(d, c);
        double hi = Math.max(d, c);
        // lo * (1 + (lo/hi)^rho)^(-1/rho): the same value without overflow for large rho.
        return a * lo * Math.exp(-Math.log1p(Math.pow(lo / hi, rho)) / rho);
    }

    /**
     * Network pull on one side's acquisition from the other side's size n:
     * {@code (1 - dependence) + dependence n / (n + criticalMass)}. With full dependence a side
     * attracts nobody while the other side is empty and half its potential at critical mass.
     */
    public static double pull(double n, double dependence, double criticalMass) {
        return (1 - dependence) + dependence * n / (n + criticalMass);
    }
}
