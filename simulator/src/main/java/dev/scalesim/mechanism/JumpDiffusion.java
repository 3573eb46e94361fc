package dev.scalesim.mechanism;

/**
 * Merton's jump-diffusion on the logarithm of a price, stepped one month (dt = 1/12 year) at a
 * time, and its closed-form moments.
 *
 * <pre>
 *   x(t) = x(t-1) + (mu - sigma^2/2 - lambda k) dt + sigma sqrt(dt) Z + sum_{i=1..N} J_i
 *   N ~ Poisson(lambda dt),  J_i ~ Normal(m, s^2),  k = exp(m + s^2/2) - 1
 * </pre>
 * mu is the continuously compounded expected return: the compensator {@code lambda k} makes
 * {@code E[P(t)] = P(0) exp(mu t)} whatever the volatility and jumps, so volatility and jumps
 * change the spread of outcomes, not their mean. The log price after n months (tau = n/12) has
 * <pre>
 *   E[x]   = x(0) + tau (mu - sigma^2/2 - lambda k + lambda m)
 *   Var[x] = tau (sigma^2 + lambda (m^2 + s^2))
 * </pre>
 * Given N jumps their sum is Normal(N m, N s^2), so a step needs three numbers: Z, N and one
 * more standard normal. Static methods on primitives: the hot loop allocates nothing.
 */
public final class JumpDiffusion {
    /** One month, in years. */
    public static final double DT = 1.0 / 12;

    private JumpDiffusion() {
    }

    /** The jump compensator k = E[e^J] - 1. */
    public static double kappa(double jumpMean, double jumpSd) {
        return Math.expm1(jumpMean + 0.5 * jumpSd * jumpSd);
    }

    /** Expected number of jumps in one month. */
    public static double jumpsPerMonth(double jumpsPerYear) {
        return jumpsPerYear * DT;
    }

    /**
     * One month's change of the log price.
     *
     * @param mu expected continuously compounded return a year
     * @param sigma diffusion volatility a year
     * @param lambda jumps a year
     * @param jumpMean mean log jump
     * @param jumpSd sd of a log jump
     * @param z standard normal of the diffusion
     * @param jumps the month's number of jumps (a Poisson draw with mean {@code lambda dt})
     * @param zJump standard normal for the sum of the jumps
     */
    public static double step(double mu, double sigma, double lambda, double jumpMean, double jumpSd,
            double z, long jumps, double zJump) {
        double drift = (mu - 0.5 * sigma * sigma - lambda * kappa(jumpMean, jumpSd)) * DT;
        double diffusion = sigma * Math.sqrt(DT) * z;
        double jump = jumps == 0 ? 0 : jumps * jumpMean + jumpSd * Math.sqrt(jumps) * zJump;
        return drift + diffusion + jump;
    }

    /** E[x(n) - x(0)] after n months. */
    public static double meanLog(int months, double mu, double sigma, double lambda, double jumpMean,
            double jumpSd) {
        return months * DT * (mu - 0.5 * sigma * sigma - lambda * kappa(jumpMean, jumpSd) + lambda * jumpMean);
    }

    /** Var[x(n)] after n months. */
    public static double varianceLog(int months, double sigma, double lambda, double jumpMean, double jumpSd) {
        return months * DT * (sigma * sigma + lambda * (jumpMean * jumpMean + jumpSd * jumpSd));
    }
}
