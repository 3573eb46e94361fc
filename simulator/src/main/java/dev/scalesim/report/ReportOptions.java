package dev.scalesim.report;

import dev.scalesim.stats.Checks;

/**
 * How a scenario's report is written.
 *
 * @param version scalesim's version, recorded in manifests
 * @param threads worker threads the run used, recorded in manifests
 * @param charts whether to render charts
 */
public record ReportOptions(String version, int threads, boolean charts) {
    public ReportOptions {
        Checks.notBlank("version", version);
        Checks.positive("threads", threads);
    }
}
