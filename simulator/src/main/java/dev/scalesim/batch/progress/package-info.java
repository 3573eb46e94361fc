/**
 * How far a batch run is, shown on stderr: a live bar when stderr is a terminal, plain
 * timestamped lines every few seconds otherwise (good in a log file), or nothing. The views only
 * render what the batch tells them ({@link dev.scalesim.batch.progress.Progress}); they know
 * nothing of scenarios, the engine or files.
 */
package dev.scalesim.batch.progress;
