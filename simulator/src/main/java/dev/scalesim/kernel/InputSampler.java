package dev.scalesim.kernel;

import dev.scalesim.stats.CorrelationMatrix;
import dev.scalesim.stats.Distribution;
import dev.scalesim.stats.Gaussian;
import java.util.Arrays;

/**
 * Draws a block's uncertain inputs when the run asks for Latin hypercube sampling or rank
 * correlations (plain Monte Carlo without correlations keeps the worker's own path). Everything
 * is decided per block of trials from streams addressed by (seed, input, trial), so the draws
 * depend only on the block, never on which worker runs it.
 *
 * <p>Each input {@code k} gets a uniform {@code u} per trial, then {@code x = F^-1(u)}, so the
 * input's distribution is exactly the one asked whatever is done to the uniforms:
 * <ul>
 * <li><b>Correlations</b> (Gaussian copula): independent normal scores {@code e = Phi^-1(u)} are
 *     mixed by the Cholesky factor {@code L} of the Pearson matrix {@code 2 sin(pi rho / 6)}
 *     ({@code z = L e}), and {@code u = Phi(z)}: Spearman's rho between the inputs is then the one
 *     asked, and each marginal is untouched.</li>
 * <li><b>Latin hypercube</b>: within a block of n trials, input k's uniforms become
 *     {@code (rank + v) / n}, where rank (0..n-1) is the trial's rank on a random key and v a
 *     fresh uniform: one draw in each of n equal strata. The key is an independent uniform for an
 *     uncorrelated input and the copula score z for a correlated one, so stratification keeps the
 *     copula's ranks (and so its rank correlation) intact.</li>
 * </ul>
 */
final class InputSampler {
    /** Draws at (0, 0) of an input's stream are its Monte Carlo uniform, as in a plain run. */
    private static final int UNIFORM = 0;
    /** The Latin hypercube's independent ranking key. */
    private static final int KEY = 1;
    /** Where a Latin hypercube draw falls inside its stratum. */
    private static final int JITTER = 2;
    /** Keeps Phi(z) strictly inside (0, 1), where every inverse CDF is finite. */
    private static final double EDGE = 0x1.0p-53;

    private final Layout layout;
    private final boolean lhs;
    /** Parameter indexes of the inputs drawn here (non-constant), in parameter order. */
    private final int[] inputs;
    private final RandomStream[] streams;
    /** Row of the Cholesky factor per input, or -1 for an input outside every correlation. */
    private final int[] row;
    private final double[][] chol;
    private final int[] members;
    /** u[k][j]: input k's uniform in the block's trial j. */
    private final double[][] u;
    private final double[] scores;
    private final double[] mixed;
    private final double[] keys;
    private final Integer[] order;
    private long blockFirst;

    InputSampler(Layout layout) {
        this.layout = layout;
        Analysis analysis = layout.sim().analysis();
        this.lhs = analysis.sampling() == Sampling.LHS;
        int[] chosen = new int[layout.paramCount()];
        int n = 0;
        for (int p = 0; p < layout.paramCount(); p++) {
            if (!layout.param(p).value().isConstant()) {
                chosen[n++] = p;
            }
        }
        inputs = Arrays.copyOf(chosen, n);
        streams = new RandomStream[n];
        for (int k = 0; k < n; k++) {
            streams[k] = new RandomStream(layout.sim().seed(), "input:" + layout.param(inputs[k]).id());
        }
        row = new int[n];
        Arrays.fill(row, -1);
        int[] correlated = new int[n];
        int m = 0;
        for (Correlation c : analysis.correlations()) {
            for (String id : new String[] {c.a(), c.b()}) {
                int k = position(layout.paramIndex(id));
                if (row[k] < 0) {
                    row[k] = m;
                    correlated[m++] = k;
                }
            }
        }
        members = Arrays.copyOf(correlated, m);
        double[][] spearman = new double[m][m];
        for (int i = 0; i < m; i++) {
            spearman[i][i] = 1;
        }
        for (Correlation c : analysis.correlations()) {
            int i = row[position(layout.paramIndex(c.a()))];
            int j = row[position(layout.paramIndex(c.b()))];
            spearman[i][j] = c.rho();
            spearman[j][i] = c.rho();
        }
        chol = CorrelationMatrix.cholesky(CorrelationMatrix.pearsonForSpearman(spearman));
        if (chol == null) {
            throw new IllegalArgumentException("the correlations asked are impossible together (the matrix is not "
                    + "positive semi-definite): " + analysis.correlations());
        }
        u = new double[n][Engine.BLOCK];
        scores = new double[m];
        mixed = new double[m];
        keys = new double[Engine.BLOCK];
        order = new Integer[Engine.BLOCK];
    }

    private int position(int param) {
        for (int k = 0; k < inputs.length; k++) {
            if (inputs[k] == param) {
                return k;
            }
        }
        throw new IllegalArgumentException("parameter " + layout.param(param).id()
                + " is a constant: only uncertain inputs can be correlated");
    }

    /** Prepares the uniforms of trials [first, first + count), one block. */
    void block(long first, int count) {
        if (count > Engine.BLOCK) {
            throw new IllegalArgumentException("a block has at most " + Engine.BLOCK + " trials, got " + count);
        }
        blockFirst = first;
        for (int j = 0; j < count; j++) {
            for (RandomStream s : streams) {
                s.trial(first + j);
            }
            for (int k = 0; k < inputs.length; k++) {
                u[k][j] = streams[k].uniform(0, UNIFORM);
            }
            if (members.length > 0) {
                for (int i = 0; i < members.length; i++) {
                    scores[i] = Gaussian.quantile(u[members[i]][j]);
                }
                for (int i = 0; i < members.length; i++) {
                    double z = 0;
                    for (int c = 0; c <= i; c++) {
                        z += chol[i][c] * scores[c];
                    }
                    mixed[i] = z;
                }
                for (int i = 0; i < members.length; i++) {
                    // under LHS the score is the ranking key; the uniform is rebuilt below
                    u[members[i]][j] = lhs ? mixed[i] : clampUnit(Gaussian.cdf(mixed[i]));
                }
            }
        }
        if (lhs) {
            for (int k = 0; k < inputs.length; k++) {
                stratify(k, first, count);
            }
        }
    }

    /** Replaces input k's values in the block by (rank + v) / n, rank taken on its key. */
    private void stratify(int k, long first, int count) {
        boolean correlated = row[k] >= 0;
        for (int j = 0; j < count; j++) {
            streams[k].trial(first + j);
            keys[j] = correlated ? u[k][j] : streams[k].uniform(0, KEY);
            order[j] = j;
        }
        Arrays.sort(order, 0, count, (a, b) -> {
            int c = Double.compare(keys[a], keys[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int rank = 0; rank < count; rank++) {
            int j = order[rank];
            streams[k].trial(first + j);
            u[k][j] = (rank + streams[k].uniform(0, JITTER)) / count;
        }
    }

    private static double clampUnit(double p) {
        return Math.max(EDGE, Math.min(1 - EDGE, p));
    }

    /** Sets the trial's parameter values: constants as they are, uncertain inputs from the block. */
    void draw(long trial, double[] base) {
        int j = (int) (trial - blockFirst);
        int k = 0;
        for (int p = 0; p < base.length; p++) {
            Param param = layout.param(p);
            Distribution value = param.value();
            if (k < inputs.length && inputs[k] == p) {
                base[p] = param.def().clamp(value.quantile(u[k][j]));
                k++;
            } else {
                base[p] = value.sample(null);
            }
        }
    }
}
