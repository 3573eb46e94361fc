package dev.scalesim.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What in an output folder scalesim demonstrably wrote, and so may replace: a report folder is
 * scalesim's when its {@code manifest.json} is one scalesim writes; a run-level file
 * ({@link RunFiles}) when the folder's {@code run.log} is a scalesim run log; a partial folder
 * when it carries scalesim's mark. Anything else in the way of a run is a problem reported
 * before the run ({@link #problems}), and so is an output folder placed inside another run's.
 */
public final class Ownership {
    /** A manifest is small; a bigger file in its place is not one scalesim wrote. */
    private static final long MAX_MANIFEST_BYTES = 16L << 20;
    /** A line of a run log: a time stamp, then an event (a killed run may have torn the first). */
    private static final Pattern LOG_START = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\S+  [a-z]+ +\\S.*");

    private Ownership() {
    }

    /** True for a real folder (not a link) holding a manifest scalesim wrote. */
    public static boolean isReport(Path folder) {
        Path manifest = folder.resolve("manifest.json");
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    || !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(manifest) > MAX_MANIFEST_BYTES) {
                return false;
            }
            JsonElement parsed = JsonParser.parseString(new String(read(manifest, Integer.MAX_VALUE),
                    StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                return false;
            }
            JsonObject m = parsed.getAsJsonObject();
            return isString(m, "scalesim_version") && isString(m, "fingerprint") && isString(m, "scenario");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True for a report folder being written by scalesim (its mark still there), or an empty one. */
    static boolean isPartial(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(folder.resolve(RunFiles.PARTIAL_MARK), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (DirectoryStream<Path> inside = Files.newDirectoryStream(folder)) {
            return !inside.iterator().hasNext();
        }
    }

    /** True when {@code dir} holds a run log scalesim started (or an empty one a killed run left). */
    public static boolean keepsRunLog(Path dir) {
        Path log = dir.resolve(RunFiles.LOG);
        try {
            if (!Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            String head = new String(read(log, 200), StandardCharsets.UTF_8);
            return head.isEmpty() || LOG_START.matcher(head.lines().findFirst().orElse("")).matches();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why a run may not write its files and the given report folders into {@code dir}: a link
     * or a folder where a file of the run goes, a run-level file or report folder that scalesim
     * did not write, or {@code dir} inside another run's output or report folder. Empty when
     * the run may go ahead.
     */
    public static List<String> problems(Path dir, Collection<Path> reportFolders) {
        List<String> problems = new ArrayList<>();
        Path real = real(dir);
        if (isReport(real)) {
            problems.add("the output folder " + dir + " is the report folder of a scenario; choose another folder");
            return problems;
        }
        for (Path p = real.getParent(); p != null; p = p.getParent()) {
            if (isReport(p)) {
                problems.add("the output folder " + dir + " is inside " + p + ", the report folder of a scenario; a later run"
                        + " would replace it with everything in it: choose a folder outside it");
                return problems;
            }
            if (keepsRunLog(p)) {
                problems.add("the output folder " + dir + " is inside " + p + ", the output folder of another run, whose"
                        + " scenarios' folders could take its place: choose a folder outside it");
                return problems;
            }
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            return problems; // created by this run: nothing in the way
        }
        boolean ours = keepsRunLog(dir);
        for (String name : RunFiles.ALL) {
            Path file = dir.resolve(name);
            BasicFileAttributes a = attributes(file);
            if (a == null) {
                continue;
            }
            if (a.isSymbolicLink()) {
                problems.add(file + " is a symbolic link; scalesim never writes through a link it did not create:"
                        + " remove the link or choose another --out");
            } else if (!a.isRegularFile()) {
                problems.add(file + " is " + (a.isDirectory() ? "a folder" : "not a regular file") + " where scalesim"
                        + " keeps a file of its own; move it or choose another --out");
            } else if (name.equals(RunFiles.LOG) && !ours) {
                problems.add(file + " is not a scalesim run log; move it or choose another --out");
            } else if (!name.equals(RunFiles.LOCK) && !name.equals(RunFiles.LOG) && !ours) {
                problems.add(file + " was not written by scalesim (" + dir + " has no scalesim " + RunFiles.LOG
                        + "); move it or choose another --out");
            }
        }
        for (Path folder : reportFolders) {
            BasicFileAttributes a = attributes(folder);
            if (a == null) {
                continue;
            }
            if (a.isSymbolicLink()) {
                problems.add(folder + " is a symbolic link; scalesim never writes through a link it did not create:"
                        + " remove the link, rename the scenario or choose another --out");
            } else if (!a.isDirectory()) {
                problems.add(folder + " is a file, not a report folder scalesim wrote; move it, rename the scenario"
                        + " or choose another --out");
            } else if (!isReport(folder)) {
                problems.add(folder + " holds files scalesim did not write (no scalesim manifest.json); move it,"
                        + " rename the scenario or choose another --out");
            }
        }
        return problems;
    }

    /** The real path of {@code path}'s nearest existing ancestor, with the rest appended. */
    public static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isString(JsonObject m, String key) {
        JsonElement e = m.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    /** Up to {@code max} bytes of a regular file, never through a link. */
    private static byte[] read(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(max);
        }
    }
}
