package dev.scalesim.batch;

import dev.scalesim.report.Folders;
import dev.scalesim.report.Ownership;
import dev.scalesim.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a run will do: every scenario in input order, each with its output folder and report
 * folder. Two scenarios that would write the same folder, and an output folder that is an input
 * file's folder, are refused before anything runs.
 *
 * @param jobs every scenario, in input order
 * @param dirs the output folders, in order of first use
 */
public record Plan(List<Job> jobs, List<Path> dirs) {
    public Plan {
        jobs = List.copyOf(jobs);
        dirs = List.copyOf(dirs);
    }

    /**
     * Plans scenarios into {@code out}, or, when {@code out} is null, into
     * {@code reports/<file name without .csv>/} of each scenario's file.
     */
    public static Plan of(List<Scenario> scenarios, Path out) throws SetupException {
        List<Job> jobs = new ArrayList<>();
        Set<Path> dirs = new LinkedHashSet<>();
        // keyed case-insensitively: on macOS and Windows "Alpha" and "alpha" are one folder
        Map<String, Scenario> owners = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Scenario s : scenarios) {
            Path dir = (out != null ? out : Path.of("reports", stem(s.file()))).toAbsolutePath().normalize();
            Path inputs = s.file().toAbsolutePath().getParent();
            if (Ownership.real(dir).equals(Ownership.real(inputs))) {
                String clash = "the output folder " + dir + " is the folder of the input file " + s.file()
                        + ": reports would mix with inputs; choose another --out";
                if (!clashes.contains(clash)) {
                    clashes.add(clash);
                }
                continue;
            }
            Path folder = Folders.resolve(dir, s.name());
            Scenario owner = owners.putIfAbsent(folder.toString().toLowerCase(Locale.ROOT), s);
            if (owner != null) {
                clashes.add("scenario '" + s.name() + "' (" + s.file() + ":" + s.line() + ") and '" + owner.name()
                        + "' (" + owner.file() + ":" + owner.line() + ") would both write " + folder
                        + "; rename one or use separate --out folders");
                continue;
            }
            dirs.add(dir);
            jobs.add(new Job(jobs.size(), s, dir, folder));
        }
        if (!clashes.isEmpty()) {
            throw new SetupException(clashes);
        }
        return new Plan(jobs, new ArrayList<>(dirs));
    }

    /** The jobs writing into {@code dir}, in run order. */
    public List<Job> jobsIn(Path dir) {
        return jobs.stream().filter(j -> j.dir().equals(dir)).toList();
    }

    /** Distinct input files, in order. */
    public List<Path> files() {
        return jobs.stream().map(j -> j.scenario().file()).distinct().toList();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
