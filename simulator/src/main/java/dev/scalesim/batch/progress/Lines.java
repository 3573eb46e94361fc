package dev.scalesim.batch.progress;

import java.io.PrintWriter;

/**
 * Progress for a log file or a pipe: one timestamped line per finished or failed scenario, and
 * every {@value #EVERY_MILLIS} ms a line with scenarios done, trials per second and time left.
 */
final class Lines implements View {
    static final long EVERY_MILLIS = 5_000;

    private final PrintWriter err;
    private final Meter meter;
    private boolean over;

    Lines(PrintWriter err, Meter meter) {
        this.err = err;
        this.meter = meter;
    }

    static String skippedText(int skipped) {
        return "skipped " + skipped + " scenario" + (skipped == 1 ? "" : "s")
                + " whose report is up to date (--resume; listed in run.log)";
    }

    @Override
    public synchronized void begin(int scenarios, int skipped, long trials, long work) {
        meter.begin(scenarios, work);
        err.println(meter.timestamp() + " running " + (scenarios - skipped) + " of " + scenarios + " scenario"
                + (scenarios == 1 ? "" : "s") + ", " + Meter.count(trials) + " trials"
                + (skipped > 0 ? "; " + skipped + " up to date, skipped" : ""));
    }

    @Override
    public synchronized void skipped(String text) {
        err.println(meter.timestamp() + " [" + meter.next() + "/" + meter.scenarios() + "] " + text);
    }

    @Override
    public void advanced(long trials, long work) {
        meter.advanced(trials, work);
    }

    @Override
    public synchronized void finished(String text) {
        err.println(meter.timestamp() + " [" + meter.next() + "/" + meter.scenarios() + "] " + text);
    }

    @Override
    public synchronized void failed(String text) {
        err.println(meter.timestamp() + " [" + meter.next() + "/" + meter.scenarios() + "] " + text);
    }

    @Override
    public synchronized void tick() {
        if (over) {
            return;
        }
        Meter.Snapshot s = meter.snapshot();
        err.println(meter.timestamp() + " progress: " + s.done() + "/" + s.scenarios() + " scenarios, "
                + Math.round(100 * s.fraction()) + "% done, " + Meter.count(s.trialsPerSecond())
                + " trials/s, " + Meter.duration(s.secondsLeft()) + " left");
    }

    @Override
    public synchronized void end() {
        over = true;
        err.flush();
    }
}
