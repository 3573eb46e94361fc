package dev.scalesim.support;

import dev.scalesim.scenario.Scenario;
import dev.scalesim.scenario.ScenarioException;
import dev.scalesim.scenario.ScenarioFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Scenario files written by tests. */
public final class Scenarios {
    private Scenarios() {
    }

    /** Writes lines (joined with '\n', one at the end) to {@code dir/name}. */
    public static Path write(Path dir, String name, String... lines) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, List.of(lines).stream().collect(Collectors.joining("\n", "", "\n")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The closed-form cohort book as one scenario: subscription-saas with every challenge and
     * solution off, a $100k budget at $1,000 CAC as the only channel (Poisson(100) new customers
     * a month), no expansion, $100 a month, the given monthly churn; {@code extra} adds columns
     * as (name, value) pairs.
     */
    public static Scenario plainBook(Path dir, String name, int months, int trials, long seed, String churn,
            String... extra) throws ScenarioException {
        StringBuilder header = new StringBuilder("scenario,model,months,trials,seed,challenges,solutions,"
                + "marketing_budget,cac,monthly_churn,organic_customers,referral_rate,free_signups,expansion,price");
        StringBuilder row = new StringBuilder(name + ",subscription-saas," + months + "," + trials + "," + seed
                + ",none,none,100k,1000," + churn + ",0,0,0,0,100");
        for (int i = 0; i < extra.length; i += 2) {
            header.append(',').append(extra[i]);
            row.append(',').append(extra[i + 1]);
        }
        return compile(dir, header.toString(), row.toString()).get(0);
    }

    /** Writes a file and reads its scenarios, which must be valid. */
    public static List<Scenario> compile(Path dir, String... lines) throws ScenarioException {
        return ScenarioFile.read(write(dir, "scenario.csv", lines));
    }
}
