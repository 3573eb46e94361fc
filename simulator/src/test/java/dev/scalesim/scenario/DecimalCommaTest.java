package dev.scalesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DecimalCommaTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0,05|0.05",
        "99,90|99.90",
        "1.000.000|1000000",
        "1.234,5|1234.5",
        "-1.200,50 $|-1200.50 $",
        "5,5%|5.5%",
        "1,2M|1.2M",
        "0,02 to 0,05|0.02 to 0.05",
        "pert(1,5;2;3,25)|pert(1.5;2;3.25)",
        "churn > 0,05|churn > 0.05",
        // kept: '.' decimals that are no thousands grouping, and calls separated by ','
        "0.05|0.05",
        "0.500|0.500",
        "pert(0.8,0.9,1)|pert(0.8,0.9,1)",
        "50k|50k",
    })
    void numbersReadAsEuropeanExcelWritesThem(String european, String plain) {
        assertEquals(plain, DecimalComma.cell(european));
    }

    @Test
    void textColumnsAreKept() {
        List<CsvRows.Row> rows = DecimalComma.rewrite(List.of("scenario", "price", "plans"),
                List.of(new CsvRows.Row(2, List.of("v1,5", "1,5", "a=x,y"))));
        assertEquals(List.of("v1,5", "1.5", "a=x,y"), rows.get(0).cells());
    }
}
