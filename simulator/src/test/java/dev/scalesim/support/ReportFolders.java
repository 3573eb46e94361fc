package dev.scalesim.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.scalesim.report.ExistingReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks on an output folder after a run, stopped or not. */
public final class ReportFolders {
    private ReportFolders() {
    }

    /** Report folders (visible subfolders). */
    public static List<Path> reports(Path out) throws IOException {
        try (var list = Files.list(out)) {
            return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** Hidden leftovers: partial folders or files, old folders. */
    public static List<Path> leftovers(Path out) throws IOException {
        try (var list = Files.list(out)) {
            return list.filter(p -> p.getFileName().toString().matches("\\..*(\\.partial-\\d+|\\.old-\\d+|\\.partial)"))
                    .toList();
        }
    }

    /** Every visible report folder has every file, and its manifest parses: nothing torn. */
    public static void assertNoTornReport(Path out) throws IOException {
        for (Path folder : reports(out)) {
            for (String f : ExistingReport.FILES) {
                assertTrue(Files.isRegularFile(folder.resolve(f)), "torn report: " + folder + " lacks " + f);
            }
            JsonParser.parseString(Files.readString(folder.resolve("manifest.json"))).getAsJsonObject();
        }
    }
}
