package dev.scalesim.scenario;

import dev.scalesim.model.BusinessModel;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One row's cells by column name or index, and where its problems go: what the column readers
 * ({@link ParameterColumns}, {@link SolutionColumns}, {@link StudyColumns}) share.
 */
final class RowCells implements StudyColumns.Row {
    private final RowSource source;
    private final List<String> header;
    private final boolean[] skip;
    private final CsvRows.Row row;
    private final List<Problem> problems;
    /** Problems recorded before this row: the row is clean while there are no more. */
    private final int before;

    /**
     * @param header the header, lower-cased
     * @param skip the columns the header check refused (reported once there, not per row)
     */
    RowCells(RowSource source, List<String> header, boolean[] skip, CsvRows.Row row, List<Problem> problems) {
        this.source = source;
        this.header = header;
        this.skip = skip;
        this.row = row;
        this.problems = problems;
        this.before = problems.size();
    }

    RowSource source() {
        return source;
    }

    CsvRows.Row row() {
        return row;
    }

    List<String> header() {
        return header;
    }

    /** The cell of a column, or "" when the file has no such column. */
    @Override
    public String cell(String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : row.cells().get(i);
    }

    String cell(int column) {
        return row.cells().get(column);
    }

    /** The column's name. */
    String column(int column) {
        return header.get(column);
    }

    int columns() {
        return header.size();
    }

    /** True for a non-blank cell of a parameter, segment or solution column the header accepted. */
    boolean modelCell(int column) {
        return !skip[column] && !cell(column).isEmpty() && !RunColumns.ALL.contains(column(column));
    }

    @Override
    public void problem(String column, String message) {
        problems.add(source.problem(row.line(), header.indexOf(column) + 1, message));
    }

    void problem(int column, String message) {
        problems.add(source.problem(row.line(), column + 1, message));
    }

    /** Where checks that report straight into the list (solutions files' cells) add theirs. */
    List<Problem> problems() {
        return problems;
    }

    /** True while the row has recorded no problem. */
    boolean clean() {
        return problems.size() == before;
    }

    /**
     * A selection column ({@code challenges}, {@code solutions}): {@code all}, {@code none} or
     * ids of {@code all}; blank means all. Unknown ids are reported and left out, an id listed twice
     * is reported (and kept once).
     */
    Set<String> selection(String column, List<String> all, String what, BusinessModel model) {
        String text = cell(column);
        if (text.isEmpty() || text.equalsIgnoreCase("all")) {
            return new LinkedHashSet<>(all);
        }
        if (text.equalsIgnoreCase("none")) {
            return Set.of();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : ids(text)) {
            if (!all.contains(id)) {
                problem(column, "unknown " + what + " '" + id + "' for model " + model.id()
                        + Suggest.didYouMean(id, all) + " (expected all, none or some of: "
                        + String.join(", ", all) + ")");
            } else if (!chosen.add(id)) {
                problem(column, what + " '" + id + "' is listed twice");
            }
        }
        return chosen;
    }

    /** The ids of a list cell: separated by {@code ;}, {@code |} or {@code ,}, blanks dropped. */
    static List<String> ids(String text) {
        return Arrays.stream(text.split("[;|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
