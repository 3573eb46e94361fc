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
 * writes there. {@link ReportWriter} writes a report as {@code .<name>.partial-<n>} (marked as
 * scalesim's, see {@link OutputFiles#partialFolder}) and, when it replaces an older one, moves
 * that aside as {@code .<name>.old-<n>} for the instant between the two renames;
 * {@link OutputFiles#write} writes a run-level file as {@code .<file><n>.partial}. A partial is
 * never complete, so it is deleted; an old report is complete, so it is put back when the run
 * died before its replacement arrived, and deleted otherwise. Only what scalesim demonstrably
 * wrote is touched: a folder named like a partial without scalesim's mark, or like an old report
 * without a scalesim manifest, and links of any name, are left alone.
 */
public final class Leftovers {
    private static final Pattern PARTIAL_FOLDER = Pattern.compile("\\..+\\.partial-\\d+");
    private static final Pattern OLD_FOLDER = Pattern.compile("\\.(.+)\\.old-\\d+");
    private static final Pattern PARTIAL_FILE = Pattern.compile("\\.(.+?)\\d+\\.partial");

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
            Matcher old = OLD_FOLDER.matcher(name);
            Matcher file = PARTIAL_FILE.matcher(name);
            if (PARTIAL_FOLDER.matcher(name).matches() && Ownership.isPartial(p)) {
                OutputFiles.deleteTree(p);
                done.add("removed " + name + ", a report an earlier run did not finish writing");
            } else if (old.matches() && Ownership.isReport(p)) {
                Path original = out.resolve(old.group(1));
                if (Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
                    OutputFiles.deleteTree(p);
                    done.add("removed " + name + ", a report an earlier run had already replaced");
                } else {
                    OutputFiles.move(p, original);
                    done.add("restored " + old.group(1) + " from " + name
                            + ", left aside by an earlier run killed while replacing it");
                }
            } else if (file.matches() && ownFile(file.group(1)) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p);
                done.add("removed " + name + ", a file an earlier run did not finish writing");
            }
        }
        return done;
    }

    /** A file a run writes by renaming a sibling into place, or its write probe. */
    private static boolean ownFile(String stem) {
        return RunFiles.RENAMED.contains(stem) || stem.equals(RunFiles.PROBE.substring(1));
    }
}
