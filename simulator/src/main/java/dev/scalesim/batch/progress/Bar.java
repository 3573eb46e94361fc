package dev.scalesim.batch.progress;

import java.io.PrintWriter;

/**
 * A live bar on a terminal, redrawn in place with a carriage return:
 * {@code [#######.............]  12/40 scenarios  34%  52,300 trials/s  3m 05s left}.
 * Lines about finished or failed scenarios are printed above it. Kept under 80 columns so it
 * never wraps on a standard terminal.
 */
final class Bar implements View {
    static final long REDRAW_MILLIS = 200;
    private static final int WIDTH = 20;

    private final PrintWriter err;
    private final Meter meter;
    private int drawn;
    private boolean over;

    Bar(PrintWriter err, Meter meter) {
        this.err = err;
        this.meter = meter;
    }

    @Override
    public synchronized void begin(int scenarios, int skipped, long trials, long work) {
        meter.begin(scenarios, work);
        if (skipped > 0) {
            err.println(Lines.skippedText(skipped));
        }
        draw();
    }

    /** Counted, not listed: the line above the bar already says how many were kept. */
    @Override
    public synchronized void skipped(String text) {
        meter.next();
    }

    @Override
    public void advanced(long trials, long work) {
        meter.advanced(trials, work);
    }

    @Override
    public synchronized void finished(String text) {
        above("[" + meter.next() + "/" + meter.scenarios() + "] " + text);
    }

    @Override
    public synchronized void failed(String text) {
        above("[" + meter.next() + "/" + meter.scenarios() + "] " + text);
    }

    @Override
    public synchronized void tick() {
        if (!over) {
            draw();
        }
    }

    @Override
    public synchronized void end() {
        clear();
        over = true;
        err.flush();
    }

    private void above(String line) {
        clear();
        err.println(line);
        if (!over) {
            draw();
        }
    }

    static String render(Meter.Snapshot s) {
        int filled = (int) Math.round(s.fraction() * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]  " + s.done() + "/" + s.scenarios()
                + " scenarios  " + Math.round(100 * s.fraction()) + "%  " + Meter.count(s.trialsPerSecond())
                + " trials/s  " + Meter.duration(s.secondsLeft()) + " left";
    }

    private void draw() {
        String line = render(meter.snapshot());
        // Spaces wipe what a longer previous bar left; no ANSI codes, so any terminal works.
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }

    private void clear() {
        if (drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
    }
}
