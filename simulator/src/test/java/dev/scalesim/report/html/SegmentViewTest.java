package dev.scalesim.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.report.Tables;
import dev.scalesim.support.SampleRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's segment view: the last month of {@code segments.csv}, one small table per segment. */
class SegmentViewTest {
    @Test
    void readsTheLastMonthOfEachSegmentAndArm(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Tables.SEGMENTS), String.join("\n",
                "scenario,arm,segment,month,metric,mean,p5,p25,p50,p75,p95",
                "\"a, b\",baseline,smb,1,customers,3,1,2,3,4,5",
                "\"a, b\",baseline,smb,2,customers,30,10,20,30,40,50",
                "\"a, b\",grow,smb,2,customers,60,20,40,60,80,100",
                "\"a, b\",baseline,(unallocated),2,revenue,1500,0,,,,2000") + "\n");
        SegmentView v = SegmentView.read(dir);
        assertEquals(2, v.month());
        assertEquals(List.of("smb", "(unallocated)"), v.segments());
        assertArrayEquals(new double[] {30, 10, 50}, v.get("smb", "baseline", "customers").orElseThrow());
        assertArrayEquals(new double[] {60, 20, 100}, v.get("smb", "grow", "customers").orElseThrow());
        StringBuilder h = new StringBuilder();
        v.render(h, "baseline", Optional.of("grow"), "grow");
        String html = h.toString();
        assertTrue(html.contains("<caption>smb</caption>"), html);
        assertTrue(html.contains("<th class=\"num\">grow</th>"), html);
        assertTrue(html.contains("Segments in month 2"), html);
        String rest = html.substring(html.indexOf("(unallocated)</caption>"));
        assertFalse(rest.contains("Paying customers"), "customers always belong to a segment");
        assertTrue(rest.contains("Revenue in the month"), rest);
        assertFalse(rest.contains("<th>MRR</th>"), "a field that is 0 for every arm is left out: " + rest);
        assertTrue(html.indexOf("<caption>smb</caption>") < html.indexOf("(unallocated)</caption>"), "table order");
    }

    @Test
    void noTableNoView(@TempDir Path dir) {
        assertEquals(SegmentView.NONE, SegmentView.read(dir));
        StringBuilder h = new StringBuilder();
        SegmentView.NONE.render(h, "baseline", Optional.empty(), "");
        assertEquals("", h.toString());
    }

    @Test
    void theRunsIndexShowsEveryScenariosSegments() throws Exception {
        String page = Files.readString(SampleRun.get().out().resolve("index.html"));
        assertEquals(SampleRun.NAMES.size(), page.split("<h3>Segments in month 12</h3>", -1).length - 1, "one view per scenario");
        assertTrue(page.contains("<caption>(unallocated)</caption>"));
    }
}
