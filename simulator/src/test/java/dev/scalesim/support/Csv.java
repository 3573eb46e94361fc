package dev.scalesim.support;

import dev.scalesim.report.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads report tables back, header row first, blank cells as empty strings. */
public final class Csv {
    private Csv() {
    }

    public static List<String[]> read(Path file) throws IOException {
        return CsvTable.read(file);
    }
}
