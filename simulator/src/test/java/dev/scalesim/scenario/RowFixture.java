package dev.scalesim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rows for the column tests: one row at line 7 of a file, from column names and cells, alternating. */
final class RowFixture {
    private RowFixture() {
    }

    /** The row; its problems go to {@code problems}, and the columns {@code skip} marks are not model cells. */
    static RowCells row(Path file, List<Problem> problems, boolean[] skip, String... columnsAndCells) {
        List<String> header = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columnsAndCells.length; i += 2) {
            header.add(columnsAndCells[i]);
            cells.add(columnsAndCells[i + 1]);
        }
        CsvRows source = new CsvRows(file, "sha", "UTF-8", ',', header, 1, List.of());
        return new RowCells(source, header, skip, new CsvRows.Row(7, cells), problems);
    }

    static RowCells row(Path file, List<Problem> problems, String... columnsAndCells) {
        return row(file, problems, new boolean[columnsAndCells.length / 2], columnsAndCells);
    }

    /** The problems as the user reads them. */
    static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }
}
