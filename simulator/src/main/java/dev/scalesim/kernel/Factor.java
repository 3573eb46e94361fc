package dev.scalesim.kernel;

/**
 * A per-month factor of {@link Month} through which one mechanism shapes another: reset each
 * month, set by the mechanisms that declare they write it, used by those that declare they read
 * it. A model must list every writer of a factor before its readers, or the write would only
 * reach next month's reset and do nothing (see {@code BusinessModel}).
 */
public enum Factor {
    /** {@link Month#priceFactor}. */
    PRICE,
    /** {@link Month#churnFactor}. */
    CHURN,
    /** {@link Month#acquisitionFactor}. */
    ACQUISITION,
    /** {@link Month#reach}. */
    REACH,
    /** {@link Month#usageFactor}. */
    USAGE,
    /** {@link Month#costFactor}. */
    COST,
    /** {@link Month#marketingFactor} (written by the financing rules, before any mechanism). */
    MARKETING,
    /** {@link Month#hiringFactor} (written by the financing rules, before any mechanism). */
    HIRING
}
