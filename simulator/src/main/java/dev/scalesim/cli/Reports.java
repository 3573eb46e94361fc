package dev.scalesim.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What {@code --resume} needs to know about an existing report folder. */
final class Reports {
    static final List<String> FILES = List.of("summary.csv", "monthly.csv", "solutions.csv", "ledger.csv", "manifest.json");

    private Reports() {
    }

    /** True when every file is there and the manifest's fingerprint is this run's. */
    static boolean complete(Path folder, String fingerprint) {
        if (!FILES.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)))) {
            return false;
        }
        try {
            JsonElement m = JsonParser.parseString(Files.readString(folder.resolve("manifest.json"), StandardCharsets.UTF_8));
            JsonElement f = m.getAsJsonObject().get("fingerprint");
            return f != null && fingerprint.equals(f.getAsString());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
