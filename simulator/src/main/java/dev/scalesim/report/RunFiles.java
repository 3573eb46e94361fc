package dev.scalesim.report;

import java.util.List;
import java.util.Locale;

/**
 * Every name a run itself uses in an output folder: the one reserved-name list. A scenario's
 * folder never takes one of these names (compared ignoring case, as macOS and Windows do), and
 * an input folder's files with these names are never read as scenario files.
 */
public final class RunFiles {
    /** The run log, appended across runs. */
    public static final String LOG = "run.log";
    /** The lock that keeps a second run out while one writes. */
    public static final String LOCK = ".scalesim.lock";
    /** The probe file that proves new files can be made ({@code .scalesim-probe<n>.partial}). */
    public static final String PROBE = ".scalesim-probe";
    /** Marks a report folder being written ({@code .<name>.partial-<n>}) as scalesim's until published. */
    public static final String PARTIAL_MARK = ".scalesim-partial";
    /** Every run-level file of an output folder. */
    public static final List<String> ALL = List.of(RunFolder.BATCH_SUMMARY, RunFolder.INDEX, RunFolder.COMPARISON_PNG,
            RunFolder.COMPARISON_SVG, ResultsWorkbook.FILE, LOG, LOCK);
    /** The run-level files written by renaming a sibling into place, which may be left as {@code .<file><n>.partial}. */
    static final List<String> RENAMED = List.of(RunFolder.BATCH_SUMMARY, RunFolder.INDEX, RunFolder.COMPARISON_PNG,
            RunFolder.COMPARISON_SVG, ResultsWorkbook.FILE);

    private RunFiles() {
    }

    /** True when {@code name} is one of the run's own names, whatever its case. */
    public static boolean reserved(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ALL.stream().anyMatch(lower::equals);
    }
}
