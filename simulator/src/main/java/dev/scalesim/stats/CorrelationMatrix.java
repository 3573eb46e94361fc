package dev.scalesim.stats;

/**
 * A symmetric correlation matrix with unit diagonal and its Cholesky factor, for drawing
 * correlated normal scores (a Gaussian copula): {@code z = L e} with independent standard normal
 * {@code e} has correlation {@code L L^T}.
 */
public final class CorrelationMatrix {
    /** Pivots down to this are taken as zero: a semi-definite matrix (e.g. rho = 1) is allowed. */
    static final double TOLERANCE = 1e-10;

    private CorrelationMatrix() {
    }

    /**
     * The lower-triangular Cholesky factor of {@code c}, or null when {@code c} is not positive
     * semi-definite (no joint distribution has these correlations). Zero pivots (a semi-definite
     * matrix) give zero columns, so perfectly correlated inputs are still drawn.
     */
    public static double[][] cholesky(double[][] c) {
        int n = c.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            if (c[j].length != n) {
                throw new IllegalArgumentException("matrix must be square, row " + j + " has " + c[j].length
                        + " columns for " + n + " rows");
            }
            double d = c[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (d < -TOLERANCE) {
                return null;
            }
            double pivot = d <= TOLERANCE ? 0 : Math.sqrt(d);
            l[j][j] = pivot;
            for (int i = j + 1; i < n; i++) {
                double s = c[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (pivot == 0) {
                    if (Math.abs(s) > 1e-7) {
                        return null;  // a zero pivot with a nonzero remainder: not semi-definite
                    }
                    l[i][j] = 0;
                } else {
                    l[i][j] = s / pivot;
                }
            }
        }
        return l;
    }

    /**
     * The Pearson matrix of normal scores that gives the Spearman matrix {@code spearman} under
     * a Gaussian copula (element-wise {@code 2 sin(pi rho / 6)}).
     */
    public static double[][] pearsonForSpearman(double[][] spearman) {
        int n = spearman.length;
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = i == j ? 1 : RankCorrelation.pearsonForSpearman(spearman[i][j]);
            }
        }
        return p;
    }
}
