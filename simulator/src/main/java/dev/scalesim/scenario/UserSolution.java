package dev.scalesim.scenario;

import dev.scalesim.model.Solution;
import dev.scalesim.stats.Checks;
import java.nio.file.Path;
import java.util.List;

/**
 * A solution defined in a solutions file, with where each part was written, so checks that
 * depend on the scenario's model (does it have this parameter, this metric?) can point at the
 * cell.
 *
 * @param solution the solution, ready to run
 * @param file the solutions file
 * @param sheet its sheet when it is a workbook, else null
 * @param line the line of its first row
 * @param column the 1-based column of the {@code solution} cell
 * @param effects where each effect's parameter and condition were written, in effect order
 */
public record UserSolution(Solution solution, Path file, String sheet, int line, int column, List<EffectSource> effects) {
    /**
     * Where one effect was written.
     *
     * @param line its row's line
     * @param paramColumn 1-based column of the {@code param} cell
     * @param sizeColumn 1-based column of the {@code size} cell
     * @param whenColumn 1-based column of the {@code when} cell, 0 when the effect has no condition
     */
    public record EffectSource(int line, int paramColumn, int sizeColumn, int whenColumn) {
    }

    public UserSolution {
        Checks.notNull("solution", solution);
        Checks.notNull("file", file);
        effects = List.copyOf(effects);
        if (effects.size() != solution.effects().size()) {
            throw new IllegalArgumentException("one source per effect: " + effects.size() + " for "
                    + solution.effects().size() + " effects");
        }
    }

    public String id() {
        return solution.id();
    }
}
