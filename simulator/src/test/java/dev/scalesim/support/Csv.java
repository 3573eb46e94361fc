package dev.scalesim.support;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads report tables back, header row first, blank cells as empty strings. */
public final class Csv {
    private Csv() {
    }

    public static List<String[]> read(Path file) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setLineSeparator("\n");
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setMaxCharsPerColumn(-1);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CsvParser(settings).parseAll(in);
        }
    }
}
