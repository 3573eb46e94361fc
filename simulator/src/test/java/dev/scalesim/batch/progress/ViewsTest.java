package dev.scalesim.batch.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress views, drawn on a fake clock. */
class ViewsTest {
    private final AtomicLong nanos = new AtomicLong();
    private final Meter meter = new Meter(nanos::get, Clock.fixed(Instant.parse("2030-01-02T03:04:05Z"), ZoneOffset.UTC));
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    @Test
    void theBarShowsScenariosRateAndTimeLeftFromWork() {
        Bar bar = new Bar(err, meter);
        bar.begin(10, 2, 4_000, 400_000);
        bar.skipped("a: kept");
        bar.skipped("b: kept");
        nanos.set(10_000_000_000L);
        bar.advanced(1_000, 100_000);
        bar.tick();
        String drawn = text.toString().substring(text.toString().lastIndexOf('\r') + 1);
        // A quarter of the work in 10 s: 30 s left; 1,000 trials in 10 s: 100 trials/s.
        assertEquals("[#####...............]  2/10 scenarios  25%  100 trials/s  30s left", drawn);
        bar.finished("x: done");
        assertTrue(text.toString().contains("\r[3/10] x: done\n"), "the line replaces the bar");
        assertTrue(text.toString().contains("[3/10] x: done\n"));
        bar.end();
        String end = text.toString().substring(text.toString().lastIndexOf('\n') + 1);
        String[] overlays = end.split("\r");
        assertTrue(end.endsWith("\r") && overlays[overlays.length - 1].isBlank(), "the bar is wiped: '" + end + "'");
        bar.tick();
        assertTrue(text.toString().endsWith("\r"), "nothing is drawn after the end");
    }

    @Test
    void linesAreTimestampedAndNeverRedraw() {
        Lines lines = new Lines(err, meter);
        lines.begin(4, 1, 3_000, 3_000);
        lines.skipped("a: report up to date, skipped");
        nanos.set(2_000_000_000L);
        lines.advanced(1_000, 1_000);
        lines.tick();
        lines.failed("b: FAILED, because");
        lines.end();
        lines.tick();
        assertEquals("""
                2030-01-02 03:04:05 running 3 of 4 scenarios, 3,000 trials; 1 up to date, skipped
                2030-01-02 03:04:05 [1/4] a: report up to date, skipped
                2030-01-02 03:04:05 progress: 1/4 scenarios, 33% done, 500 trials/s, 4s left
                2030-01-02 03:04:05 [2/4] b: FAILED, because
                """, text.toString());
        assertFalse(text.toString().contains("\r"));
    }

    @Test
    void timeLeftIsUnknownUntilASecondHasPassed() {
        meter.begin(1, 100);
        assertEquals("--", Meter.duration(meter.snapshot().secondsLeft()));
        assertEquals("3m 05s", Meter.duration(185));
        assertEquals("2h 03m", Meter.duration(2 * 3600 + 3 * 60 + 1));
        assertEquals("59s", Meter.duration(59.4));
    }

    @Test
    void quietChoosesNothingAndATerminalChoosesTheBar() {
        assertEquals(Progress.Mode.NONE, Progress.Mode.choose(true, true));
        assertEquals(Progress.Mode.BAR, Progress.Mode.choose(false, true));
        assertEquals(Progress.Mode.LINES, Progress.Mode.choose(false, false));
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertFalse(Terminal.isTerminalDevice("pipe:[12345]"));
        assertFalse(Terminal.isTerminalDevice("/tmp/run.log"));
    }
}
