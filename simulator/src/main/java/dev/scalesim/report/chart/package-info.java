/**
 * Deck-ready charts (jfreechart): one theme ({@link dev.scalesim.report.chart.Theme}), one
 * colour-blind-safe palette in which an arm keeps its colour in every chart ({@link
 * dev.scalesim.report.chart.Palette}), each chart type in its own class, and {@link
 * dev.scalesim.report.chart.Export} writing every chart as a 16:9 PNG rendered at 2x and as SVG.
 * {@link dev.scalesim.report.chart.ScenarioCharts} decides which charts a scenario gets and
 * renders them in parallel; {@link dev.scalesim.report.chart.ComparisonChart} compares the
 * scenarios of a run. Charts read {@link dev.scalesim.kernel.Results} (or, across scenarios,
 * {@link dev.scalesim.report.chart.ScenarioOutcomes}) and nothing else; user text on a chart is
 * drawn as text, which the SVG writer escapes.
 */
package dev.scalesim.report.chart;
