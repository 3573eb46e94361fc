package dev.scalesim.report;

import dev.scalesim.scenario.Hashes;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Folder names for scenarios: whatever a scenario is called, its folder is a plain name inside
 * the output folder (no separators, no leading dot, no reserved device names, never the name of a
 * file the run itself writes there, such as {@code index.html} or {@code run.log}: {@link RunFiles}). A name that had to change gets a
 * short hash of the original so two names never share a folder.
 */
public final class Folders {
    private static final int MAX = 80;

    private Folders() {
    }

    public static String forScenario(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length() && b.length() < MAX; i++) {
            char c = name.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        while (b.length() > 0 && (b.charAt(0) == '.' || b.charAt(0) == '-')) {
            b.deleteCharAt(0);
        }
        String safe = b.toString();
        boolean reserved = safe.toUpperCase(Locale.ROOT).matches("(CON|PRN|AUX|NUL|COM\\d|LPT\\d)(\\..*)?")
                || RunFiles.reserved(safe);
        if (safe.equals(name) && !reserved && !safe.isEmpty()) {
            return safe;
        }
        // A reserved name keeps its device meaning whatever follows a dot ("con.txt-1a2b3c4d"),
        // so it gets a prefix rather than only a suffix.
        String stem = safe.isEmpty() ? "scenario" : reserved ? "_" + safe : safe;
        return stem + "-" + Hashes.sha256(name).substring(0, 8);
    }

    /** The scenario's folder, guaranteed to be a direct child of {@code out}. */
    public static Path resolve(Path out, String name) {
        Path dir = out.resolve(forScenario(name)).normalize();
        if (!dir.getParent().equals(out.normalize())) {
            throw new IllegalStateException("scenario folder escapes the output folder: " + dir);
        }
        return dir;
    }
}
