package dev.scalesim.report;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to {@link ReportWriter}'s package-private helpers. */
public final class ReportWriterAccess {
    private ReportWriterAccess() {
    }

    public static void deleteTree(Path dir) throws IOException {
        ReportWriter.deleteTree(dir);
    }
}
