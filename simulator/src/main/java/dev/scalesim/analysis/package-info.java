/**
 * Decision analytics on top of the engine: what drives an outcome (Spearman rank correlations
 * and first-order Sobol indices from the captured trials), precision-driven runs (a
 * {@link dev.scalesim.kernel.Engine.StopRule} on the paired intervals and the ranking of arms),
 * the search for the best combination of solutions under a budget and a risk limit, and the
 * milestone statistics. It reads {@link dev.scalesim.kernel.Results} and runs the engine; it
 * knows nothing of files.
 */
package dev.scalesim.analysis;
