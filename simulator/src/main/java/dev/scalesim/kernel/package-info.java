/**
 * The simulation engine: trials in fixed-size blocks on worker threads, every arm of a trial
 * simulated month by month on the same random numbers, block summaries merged in block order.
 *
 * <p>It owns the random streams, the per-arm parameter timelines (a solution is a set of
 * {@link dev.scalesim.kernel.Effect}s on parameters), the monthly accounting (revenue, COGS,
 * opex, cash) and the {@link dev.scalesim.kernel.Mechanism} contract the business mechanisms
 * implement. It knows nothing of files or of any particular business model.
 */
package dev.scalesim.kernel;
