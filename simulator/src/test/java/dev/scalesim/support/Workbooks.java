package dev.scalesim.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes scenario workbooks as Excel saves them (with POI, tests only): text and number cells,
 * number formats, and formulas with their cached values (POI evaluates them before saving, as
 * Excel does). A {@code null} cell is left out of the row, as Excel leaves out blank cells.
 */
public final class Workbooks {
    private Workbooks() {
    }

    /** A number shown with an Excel number format, such as {@code 0%} or {@code yyyy-mm-dd}. */
    public record Formatted(double value, String format) {
    }

    /** A formula (without the leading {@code =}). */
    public record Formula(String text) {
    }

    /** Writes sheets in order: sheet name to rows of cells (String, Number, Formatted, Formula or null). */
    public static Path write(Path file, Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Sheet sheet = book.createSheet(e.getKey());
                for (int r = 0; r < e.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = e.getValue().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v != null) {
                            set(book, row.createCell(c), v);
                        }
                    }
                }
            }
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(XSSFWorkbook book, Cell cell, Object v) {
        if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Formatted f) {
            cell.setCellValue(f.value());
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(f.format()));
            cell.setCellStyle(style);
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.text());
        } else {
            throw new IllegalArgumentException("cell " + v);
        }
    }
}
