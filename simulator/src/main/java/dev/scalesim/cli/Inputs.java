package dev.scalesim.cli;

import dev.scalesim.report.RunFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Mixin: scenario files and folders (every {@code *.csv} and {@code *.xlsx} inside, by name; not
 * Excel's {@code ~$} lock files), and a solutions file every scenario may use.
 */
public final class Inputs {
    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "Scenario files (.csv, or .xlsx workbooks), or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--solutions", paramLabel = "FILE",
            description = "A solutions file (.csv, or .xlsx: sheet solutions, else the first): "
                    + "your own solutions, usable by every scenario (solutions, plans columns).")
    Path solutions;

    /** The solutions file given with {@code --solutions}, or null. */
    Path solutions() {
        if (solutions != null && !Files.isRegularFile(solutions)) {
            throw new UserException("--solutions " + solutions + ": no such file");
        }
        return solutions;
    }

    /**
     * The files to read, in the order given (folders expanded by name); a file named twice (a
     * folder and a file inside it) is read once, where it first appears.
     */
    List<Path> files() {
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inside = new ArrayList<>();
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(p, "*.{csv,CSV,xlsx,XLSX}")) {
                    dir.forEach(f -> {
                        // a folder that was once an output folder holds batch-summary.csv: not an input
                        // and Excel's lock file of an open workbook (~$name.xlsx) is not one either
                        if (Files.isRegularFile(f) && !RunFiles.reserved(f.getFileName().toString())
                                && !f.getFileName().toString().startsWith("~$")) {
                            inside.add(f);
                        }
                    });
                } catch (IOException e) {
                    missing.add(p + ": cannot list folder: " + e.getMessage());
                }
                if (inside.isEmpty()) {
                    missing.add(p + ": folder has no .csv or .xlsx files");
                }
                inside.sort(null);
                files.addAll(inside);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                missing.add(p + ": no such file or folder");
            }
        }
        if (!missing.isEmpty()) {
            throw new UserException(missing);
        }
        Set<Path> seen = new HashSet<>();
        return files.stream().filter(f -> seen.add(f.toAbsolutePath().normalize())).toList();
    }
}
