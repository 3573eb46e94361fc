/**
 * JMH benchmarks of the kernel: the engine end to end on the plain cohort model and on every
 * model's example ({@link dev.scalesim.bench.EngineBench}), discrete draws
 * ({@link dev.scalesim.bench.DrawsBench}) and statistics recording
 * ({@link dev.scalesim.bench.RecordingBench}). Run them with {@code bench/kernel.sh}; see
 * BENCHMARKS.md for the figures.
 */
package dev.scalesim.bench;
