package dev.scalesim.report;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to the report package's package-private helpers. */
public final class ReportWriterAccess {
    private ReportWriterAccess() {
    }

    public static void deleteTree(Path dir) throws IOException {
        OutputFiles.deleteTree(dir);
    }
}
