package dev.scalesim.batch;

import dev.scalesim.stats.Checks;

/**
 * How a batch runs.
 *
 * @param threads simulation threads shared by every scenario
 * @param charts whether reports get charts
 * @param deck whether reports get {@code deck.pptx} (only with charts)
 * @param resume keep reports that are complete and match this run (see {@code Manifest.fingerprint})
 * @param version scalesim's version, recorded in manifests and part of the fingerprint
 * @param resumeCommand the command that resumes this run, written to the run log when it stops early
 */
public record BatchOptions(int threads, boolean charts, boolean deck, boolean resume, String version,
        String resumeCommand) {
    /** Without decks. */
    public BatchOptions(int threads, boolean charts, boolean resume, String version, String resumeCommand) {
        this(threads, charts, false, resume, version, resumeCommand);
    }

    public BatchOptions {
        Checks.positive("threads", threads);
        Checks.notBlank("version", version);
        Checks.notBlank("resumeCommand", resumeCommand);
    }
}
