package dev.scalesim.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, whichever folder the tests run from. */
public final class Repo {
    private Repo() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("scenarios")) && Files.isRegularFile(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the scalesim repository");
        }
        return dir;
    }

    public static Path scenarios() {
        return root().resolve("scenarios");
    }
}
