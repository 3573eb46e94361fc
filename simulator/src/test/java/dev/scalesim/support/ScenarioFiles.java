package dev.scalesim.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small scenario files for batch tests: valid subscription-saas rows that differ in seed and price. */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /**
     * Writes {@code rows} scenarios named {@code <prefix>-1..n}, each with {@code trials}
     * trials over {@code months} months and the given solutions ({@code none}, {@code all}, ids).
     */
    public static Path write(Path file, String prefix, int rows, int trials, int months, String solutions)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("scenario,model,months,trials,seed,challenges,solutions,price,monthly_churn");
        for (int i = 1; i <= rows; i++) {
            lines.add(prefix + "-" + i + ",subscription-saas," + months + "," + trials + "," + (100 + i) + ",all,"
                    + solutions + "," + (40 + 5 * i) + ",3% to 6%");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Every file under {@code dir} (relative path to bytes) whose name ends in {@code .csv}. */
    public static Map<String, byte[]> tables(Path dir) throws IOException {
        Map<String, byte[]> tables = new TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv")).toList()) {
                tables.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return tables;
    }
}
