package dev.scalesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.support.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of a valid scenario file and solutions file (cells swapped for hostile
 * values, bytes flipped, lines dropped or repeated, quotes and delimiters inserted), validated
 * in-process: every case exits 0 or 2, prints no stack trace and ends in time. A share of the
 * cases that validate is also run (few trials, no charts), checking that nothing is written
 * outside {@code --out}. Fixed seed: the same cases on every machine.
 */
class InputFuzzTest {
    private static final long SEED = 18;
    private static final int CASES = 2_000;
    /** Every this many valid cases is also run (a run costs far more than a validation). */
    private static final int RUN_EVERY = 200;
    private static final List<String> SCENARIO = List.of(
            "scenario,model,months,trials,seed,solutions,solutions_file,price,monthly_churn,plans",
            "a,subscription-saas,6,50,1,all,mine.csv,50,3% to 6%,both=mine-a+faster-onboarding",
            "b,subscription-saas,6,50,2,mine-a,mine.csv,pert(40;50;60),2%,");
    private static final List<String> SOLUTIONS = List.of(
            "solution,title,target,param,op,size,start,ramp,when,one_time_cost,monthly_cost",
            "mine-a,Mine,arr_end,price,scale,\"pert(1.05,1.1,1.2)\",2,3,,5k,1k",
            "mine-a,,,monthly_churn,scale,0.9,2,0,cash < 100k,,");
    private static final List<String> HOSTILE = List.of("", "\"", "\"\"", ";", ",", "#", "1e308", "-1e308", "NaN",
            "inf", "unlimited", "-0", "1" + " ".repeat(3_000) + "x", "9".repeat(400), "x".repeat(12_000),
            "pert(1,2)", "pert(3,2,1)", "normal(0;-1)", "1 to", "to 1", "5 to 1", "1%%", "$-$1", "1,2,3",
            "baseline", "plan:x", "../../etc/passwd", "/etc/passwd", "run.log", "index.html", "CON", "\u0000",
            "\u202e", "=cmd|' /C calc'!A0", "all", "none", "mine-a", "x=y+z", "cash > ", "cash < 1e999", "set",
            "scale", "add", "-5", "5", "0", "240", "241", "100000000", "😀".repeat(50));

    @TempDir
    Path dir;

    @Test
    void mutatedInputsExitZeroOrTwoWithoutATraceAndWriteOnlyInsideOut() throws Exception {
        Random random = new Random(SEED);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        int valid = 0;
        int runs = 0;
        for (int i = 0; i < CASES; i++) {
            boolean mutateSolutions = random.nextInt(3) == 0;
            write(in.resolve("s.csv"), mutateSolutions ? lines(SCENARIO) : mutate(SCENARIO, random));
            write(in.resolve("mine.csv"), mutateSolutions ? mutate(SOLUTIONS, random) : lines(SOLUTIONS));
            String label = "case " + i + " (seed " + SEED + ")";
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> Cli.run("validate", in.resolve("s.csv").toString()), label);
            check(r, label, in);
            if (r.code() == Main.OK && valid++ % RUN_EVERY == 0) {
                runs++;
                Cli.Result run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("run",
                        in.resolve("s.csv").toString(), "--out", out.toString(), "--no-charts", "--quiet",
                        "--threads", "1", "--trials", "20"), label);
                check(run, label + " run", in);
            }
        }
        assertTrue(valid > CASES / 20, "the mutations leave some files valid: " + valid);
        assertTrue(runs > 0, "some cases were run");
        try (Stream<Path> top = Files.list(dir)) {
            assertEquals(Set.of("in", "out"), top.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "nothing written beside the output folder");
        }
    }

    private static void check(Cli.Result r, String label, Path in) throws Exception {
        assertTrue(r.code() == Main.OK || r.code() == Main.BAD_INPUT, label + ": " + r.printed());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("internal error"),
                label + " printed a trace: " + r.printed());
        try (Stream<Path> files = Files.list(in)) {
            assertEquals(Set.of("s.csv", "mine.csv"), files.map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet()), label + ": nothing written beside the inputs");
        }
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** One to three mutations of the file's text. */
    private static String mutate(List<String> file, Random random) {
        List<String> lines = new ArrayList<>(file);
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            int line = random.nextInt(lines.size());
            String text = lines.get(line);
            switch (random.nextInt(6)) {
                case 0, 1 -> { // a cell replaced by a hostile value
                    String[] cells = text.split(",", -1);
                    cells[random.nextInt(cells.length)] = HOSTILE.get(random.nextInt(HOSTILE.size()));
                    lines.set(line, String.join(",", cells));
                }
                case 2 -> { // a character inserted or deleted
                    String chars = ",;\"#\n\r\t x%";
                    if (random.nextBoolean() || text.isEmpty()) {
                        int at = random.nextInt(text.length() + 1);
                        lines.set(line, text.substring(0, at) + chars.charAt(random.nextInt(chars.length()))
                                + text.substring(at));
                    } else {
                        int at = random.nextInt(text.length());
                        lines.set(line, text.substring(0, at) + text.substring(at + 1));
                    }
                }
                case 3 -> lines.remove(line); // a line dropped
                case 4 -> lines.add(line, text); // a line repeated
                default -> { // a byte that is not UTF-8 text
                    lines.set(line, text + (random.nextBoolean() ? "\u00ff" : "\u0001"));
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return lines(lines);
    }

    private static void write(Path file, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // '\u00ff' stands for a byte that is not UTF-8: written raw
        String marker = "\u00ff";
        if (text.contains(marker)) {
            bytes = text.replace(marker, "\u0001\u0002").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + 1 < bytes.length; i++) {
                if (bytes[i] == 1 && bytes[i + 1] == 2) {
                    bytes[i] = (byte) 0xff;
                    bytes[i + 1] = ' ';
                }
            }
        }
        Files.write(file, bytes);
    }
}
