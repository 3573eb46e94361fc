/**
 * scalesim on Apache Spark (RDD API). The driver reads, validates and schedules exactly as a
 * local run does, and writes every report with the same code; only the trial blocks run on the
 * executors. A task is (scenario, stage, contiguous block range): the executor reads the
 * scenario again from the input files' bytes (an {@link dev.scalesim.spark.InputBundle},
 * broadcast once), so a task is a pure function of (file bytes, settings, seed, blocks) and a
 * retried or speculative task returns the same bytes. Block summaries come back as versioned
 * binary encodings of their primitive arrays ({@link dev.scalesim.kernel.Remote}) and are merged
 * in block order, one task's blocks at a time; sketches are reduced on the executors.
 */
package dev.scalesim.spark;
