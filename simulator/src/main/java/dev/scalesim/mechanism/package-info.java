/**
 * The kernel mechanisms business models are composed of: each one a small piece of monthly
 * logic (acquisition, a freemium funnel, the cohort book, ...) that reads parameters, draws
 * from its own random stream and writes to the shared {@link dev.scalesim.kernel.Month}.
 * Each is documented with its equations and tested on its own.
 */
package dev.scalesim.mechanism;
