package dev.scalesim.scenario;

import java.util.List;

/** A scenario file (or several) could not be read: every problem found, in file order. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in scenario input");
        this.problems = List.copyOf(problems.stream().sorted().toList());
    }

    public List<Problem> problems() {
        return problems;
    }
}
