package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One row's cells by name and index, which cells are model cells, where a problem is located,
 * when a row is clean, selection cells ({@code challenges}, {@code solutions}) and list cells.
 */
class RowCellsTest {
    private static final Path FILE = Path.of("s.csv");
    private static final BusinessModel API = Catalog.find("api-access").orElseThrow();
    private static final List<String> CHALLENGES = List.of("heavy-usage", "price-wars", "enterprise-dependency");
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void aCellIsFoundByNameOrIndexAndAColumnTheFileLacksIsBlank() {
        RowCells row = row(new boolean[3], "scenario", "base", "model", "api-access", "price", "49");
        assertEquals("api-access", row.cell("model"));
        assertEquals("49", row.cell(2));
        assertEquals("", row.cell("seed"));
        assertEquals("price", row.column(2));
        assertEquals(3, row.columns());
    }

    @Test
    void modelCellsAreNonBlankCellsOfColumnsThatAreNotRunColumnsNorRefusedByTheHeader() {
        boolean[] skip = {false, false, false, false, true};
        RowCells row = row(skip, "months", "12", "price", "49", "smb.cac", "", "spot-instances.start", "3",
                "prce", "7");
        assertFalse(row.modelCell(0), "months is a run column");
        assertTrue(row.modelCell(1), "price");
        assertFalse(row.modelCell(2), "a blank cell");
        assertTrue(row.modelCell(3), "a solution's column");
        assertFalse(row.modelCell(4), "a column the header check refused");
    }

    @Test
    void aProblemIsLocatedAtTheRowsLineAndTheColumnsOneBasedIndex() {
        RowCells row = row(new boolean[2], "scenario", "base", "model", "api-access");
        row.problem("model", "by name");
        row.problem(0, "by index");
        row.problem("seed", "a column the file lacks: the whole line");
        assertEquals(List.of("s.csv:7:2: by name", "s.csv:7:1: by index",
                "s.csv:7: a column the file lacks: the whole line"), messages());
        assertEquals(problems, row.problems());
    }

    @Test
    void aRowIsCleanUntilItRecordsAProblemWhateverCameBefore() {
        problems.add(new Problem(FILE, 3, 1, "an earlier row's problem"));
        RowCells row = row(new boolean[1], "scenario", "base");
        assertTrue(row.clean(), "problems of earlier rows do not count");
        row.problem(0, "this row's");
        assertFalse(row.clean());
    }

    @Test
    void aBlankOrAllSelectionIsEverythingAndNoneIsNothingInAnyCase() {
        for (String cell : List.of("", "all", "ALL")) {
            RowCells row = row(new boolean[1], "challenges", cell);
            assertEquals(CHALLENGES, List.copyOf(row.selection("challenges", CHALLENGES, "challenge", API)),
                    "'" + cell + "'");
        }
        assertEquals(Set.of(), row(new boolean[1], "challenges", "None")
                .selection("challenges", CHALLENGES, "challenge", API));
        assertEquals(List.of(), problems);
    }

    @Test
    void aSelectionOfIdsKeepsTheCellsOrder() {
        RowCells row = row(new boolean[1], "challenges", "enterprise-dependency; heavy-usage");
        assertEquals(List.of("enterprise-dependency", "heavy-usage"),
                List.copyOf(row.selection("challenges", CHALLENGES, "challenge", API)));
        assertEquals(List.of(), problems);
    }

    @Test
    void anUnknownIdInASelectionIsReportedWithTheNearestIdAndLeftOut() {
        RowCells row = row(new boolean[2], "model", "api-access", "challenges", "price-war;heavy-usage");
        assertEquals(List.of("heavy-usage"), List.copyOf(row.selection("challenges", CHALLENGES, "challenge", API)));
        assertEquals(List.of("s.csv:7:2: unknown challenge 'price-war' for model api-access; did you mean "
                + "'price-wars'? (expected all, none or some of: heavy-usage, price-wars, enterprise-dependency)"),
                messages());
    }

    @Test
    void anIdListedTwiceInASelectionIsReportedAsASegmentListedTwiceIs() {
        RowCells row = row(new boolean[1], "challenges", "heavy-usage; price-wars, heavy-usage");
        assertEquals(List.of("heavy-usage", "price-wars"),
                List.copyOf(row.selection("challenges", CHALLENGES, "challenge", API)));
        assertEquals(List.of("s.csv:7:1: challenge 'heavy-usage' is listed twice"), messages());
    }

    @Test
    void listCellsSplitOnSemicolonsBarsAndCommasAndDropBlanks() {
        assertEquals(List.of("a", "b", "c", "d"), RowCells.ids(" a; b|c,, d ;"));
        assertEquals(List.of(), RowCells.ids(" ; "));
    }

    private RowCells row(boolean[] skip, String... columnsAndCells) {
        return RowFixture.row(FILE, problems, skip, columnsAndCells);
    }

    private List<String> messages() {
        return RowFixture.messages(problems);
    }
}
