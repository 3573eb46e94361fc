package dev.scalesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as European Excel writes them in a {@code ;}-delimited CSV: {@code ,} is the decimal
 * separator and {@code .} groups thousands ({@code 0,05}, {@code 99,90}, {@code 1.000.000},
 * {@code 1.234,5}), rewritten to the {@code .}-decimal form the rest of the reader expects.
 *
 * <p>Only the digits are rewritten, so {@code 5,5%}, {@code 1,2M}, {@code 0,02 to 0,05},
 * {@code pert(1,5;2;3)} and {@code churn > 0,05} all read as their {@code .} twins. Kept as
 * written: text columns (names, ids, lists; see {@link #TEXT_COLUMNS}), a {@code .} number that
 * is not a thousands grouping ({@code 0.05} stays 0.05, as earlier versions read it), and a
 * distribution call whose arguments are separated by {@code ,} because it has no {@code ;}
 * ({@code pert(0.8,0.9,1)}, the form earlier versions accepted in {@code ;} files).
 */
final class DecimalComma {
    /** Columns of scenario and solutions files that hold names, ids or lists, never numbers. */
    static final Set<String> TEXT_COLUMNS = Set.of(RunColumns.SCENARIO, RunColumns.MODEL, RunColumns.CHALLENGES,
            RunColumns.SOLUTIONS, RunColumns.PLANS, RunColumns.SEGMENTS, RunColumns.SOLUTIONS_FILE,
            RunColumns.SAMPLING, RunColumns.PLAN_SEARCH, RunColumns.PLAN_DOWNSIDE, SolutionsFile.SOLUTION,
            SolutionsFile.TITLE, SolutionsFile.TARGET, SolutionsFile.PARAM, SolutionsFile.OP);
    private static final Pattern RUN = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern COMMA_ARGUMENTS = Pattern.compile("[A-Za-z]+\\s*\\([^;]*,[^;]*\\)");

    private DecimalComma() {
    }

    /** The rows with every number cell rewritten; the header tells which columns are text. */
    static List<CsvRows.Row> rewrite(List<String> header, List<CsvRows.Row> rows) {
        boolean[] text = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            text[c] = TEXT_COLUMNS.contains(header.get(c).toLowerCase(Locale.ROOT));
        }
        List<CsvRows.Row> out = new ArrayList<>(rows.size());
        for (CsvRows.Row row : rows) {
            List<String> cells = new ArrayList<>(row.cells().size());
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c);
                cells.add(c < text.length && text[c] ? cell : cell(cell));
            }
            out.add(new CsvRows.Row(row.line(), List.copyOf(cells)));
        }
        return List.copyOf(out);
    }

    /** One streamed row, rewritten as {@link #rewrite(List, List)} does. */
    static CsvRows.Row rewrite(List<String> header, CsvRows.Row row) {
        return rewrite(header, List.of(row)).get(0);
    }

    /** One cell with its numbers in {@code .}-decimal form. */
    static String cell(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('.') < 0 || COMMA_ARGUMENTS.matcher(cell).matches()) {
            return cell;
        }
        Matcher m = RUN.matcher(cell);
        StringBuilder b = new StringBuilder(cell.length());
        while (m.find()) {
            String run = m.group();
            String plain = GROUPED.matcher(run).matches() ? run.replace(".", "").replace(',', '.')
                    : COMMA.matcher(run).matches() ? run.replace(',', '.') : run;
            m.appendReplacement(b, Matcher.quoteReplacement(plain));
        }
        return m.appendTail(b).toString();
    }
}
