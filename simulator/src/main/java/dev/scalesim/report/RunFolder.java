package dev.scalesim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The files that cover every scenario of a run in one output folder. */
public final class RunFolder {
    private RunFolder() {
    }

    /** Writes {@code batch-summary.csv} for the scenarios written to {@code dir}, in run order. */
    public static void finish(Path dir, List<BatchSummary.Rows> scenarios) throws IOException {
        BatchSummary.write(dir.resolve("batch-summary.csv"), scenarios);
    }
}
