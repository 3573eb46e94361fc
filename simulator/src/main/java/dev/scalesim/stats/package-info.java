/**
 * Numbers about numbers: probability distributions of uncertain inputs, mergeable moment and
 * quantile accumulators, and paired comparisons. Nothing here knows about businesses or files.
 */
package dev.scalesim.stats;
