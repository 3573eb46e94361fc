package dev.scalesim.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a killed run can leave in an output folder, and how it is put right before the next run
 * writes there. {@link ReportWriter} writes a report as {@code .<name>.partial-<n>} and, when it
 * replaces an older one, moves that aside as {@code .<name>.old-<n>} for the instant between the
 * two renames; {@link ReportWriter#writeAtomically} writes {@code .<file><n>.partial}. A partial
 * is never complete, so it is deleted; an old report is complete, so it is put back when the run
 * died before its replacement arrived, and deleted otherwise. Nothing else is touched.
 */
public final class Leftovers {
    private static final Pattern PARTIAL_FOLDER = Pattern.compile("\\..+\\.partial-\\d+");
    private static final Pattern OLD_FOLDER = Pattern.compile("\\.(.+)\\.old-\\d+");
    private static final Pattern PARTIAL_FILE = Pattern.compile("\\..+\\d+\\.partial");

    private Leftovers() {
    }

    /** Cleans {@code out} (not recursively); returns one line per thing done, for the run log. */
    public static List<String> recover(Path out) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(out, ".*")) {
            dir.forEach(entries::add);
        }
        entries.sort(null);
        List<String> done = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            boolean folder = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            Matcher old = OLD_FOLDER.matcher(name);
            if (folder && PARTIAL_FOLDER.matcher(name).matches()) {
                ReportWriter.deleteTree(p);
                done.add("removed " + name + ", a report an earlier run did not finish writing");
            } else if (folder && old.matches()) {
                Path original = out.resolve(old.group(1));
                if (Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
                    ReportWriter.deleteTree(p);
                    done.add("removed " + name + ", a report an earlier run had already replaced");
                } else {
                    Files.move(p, original);
                    done.add("restored " + old.group(1) + " from " + name
                            + ", left aside by an earlier run killed while replacing it");
                }
            } else if (!folder && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && PARTIAL_FILE.matcher(name).matches()) {
                Files.delete(p);
                done.add("removed " + name + ", a file an earlier run did not finish writing");
            }
        }
        return done;
    }
}
