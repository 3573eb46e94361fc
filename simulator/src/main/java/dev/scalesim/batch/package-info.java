/**
 * Batch runs: many scenarios, unattended. {@link dev.scalesim.batch.Plan} maps validated
 * scenarios to output folders; {@link dev.scalesim.batch.Batch} runs the plan: it prepares and
 * locks the folders (cleaning what a killed run left), skips up-to-date reports on
 * {@code --resume}, runs scenarios concurrently on one shared pool of simulation threads, writes
 * reports on separate writer threads (bounded, so memory stays flat), keeps a run log in every
 * output folder, and stops cleanly on cancellation or on a write failure, keeping every report
 * already completed. The command line ({@code cli.RunCommand}) is only an adapter over it.
 */
package dev.scalesim.batch;
