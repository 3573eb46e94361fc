package dev.scalesim.report;

import dev.scalesim.stats.Checks;

/**
 * How a scenario's report is written.
 *
 * @param version scalesim's version, recorded in manifests
 * @param threads worker threads the run used, recorded in manifests
 * @param charts whether to render charts
 * @param chartThreads threads one report renders its charts on (a batch writing several
 *     reports at once gives each fewer, so rendering memory stays proportional to the cores)
 * @param engine where the blocks ran ({@code local}, {@code spark local[4]}), recorded with the
 *     timings; like the threads, not part of the fingerprint
 * @param deck whether to write {@code deck.pptx} (needs charts and the deck module)
 */
public record ReportOptions(String version, int threads, boolean charts, int chartThreads, String engine,
        boolean deck) {
    public ReportOptions {
        Checks.notBlank("version", version);
        Checks.positive("threads", threads);
        Checks.positive("chartThreads", chartThreads);
        Checks.notBlank("engine", engine);
        if (deck && !charts) {
            throw new IllegalArgumentException("deck needs charts: its slides show them");
        }
    }

    /** Run locally, no deck. */
    public ReportOptions(String version, int threads, boolean charts, int chartThreads) {
        this(version, threads, charts, chartThreads, "local", false);
    }

    /** Charts rendered on as many threads as the run has. */
    public ReportOptions(String version, int threads, boolean charts) {
        this(version, threads, charts, threads);
    }
}
