/**
 * Reports: CSV tables, manifests, charts ({@link dev.scalesim.report.chart}), batch summaries and
 * the run's {@code index.html} ({@link dev.scalesim.report.html}), written from {@link
 * dev.scalesim.kernel.Results} only. Every scenario folder is written aside and renamed into
 * place, so a crash never leaves a half-written report that looks complete. Text that came from
 * a user (scenario names) is treated as hostile: neutralized against spreadsheet formulas in
 * CSV, escaped in HTML and SVG, and kept inside the output folder on disk.
 */
package dev.scalesim.report;
