package dev.scalesim.batch.progress;

import java.io.PrintWriter;

/**
 * What a batch run tells its progress view. Every method may be called from any thread; a view
 * serializes its own output.
 */
public interface Progress {
    /**
     * The run starts simulating.
     *
     * @param scenarios every scenario of the run
     * @param skipped those already done (up-to-date reports kept by {@code --resume}), each told
     *     by {@link #skipped} right after
     * @param trials trials left to simulate
     * @param work trial-arm-months left to simulate (what time-left estimates are based on)
     */
    void begin(int scenarios, int skipped, long trials, long work);

    /** Some trials were simulated (called after every merged block). */
    void advanced(long trials, long work);

    /** A scenario's up-to-date report was kept; {@code text} says which. */
    void skipped(String text);

    /** A scenario is done; {@code text} says what was written. */
    void finished(String text);

    /** A scenario failed or will not run; {@code text} says why. */
    void failed(String text);

    /** The run is over: stop redrawing and leave the terminal clean. */
    void end();

    /** How progress is shown. */
    enum Mode {
        /** A live bar redrawn in place (stderr is a terminal). */
        BAR,
        /** Timestamped lines every few seconds (stderr is a file or a pipe). */
        LINES,
        /** Nothing ({@code --quiet}). */
        NONE;

        /** The mode for a run: nothing when quiet, a bar on a terminal, lines otherwise. */
        public static Mode choose(boolean quiet, boolean terminal) {
            return quiet ? NONE : terminal ? BAR : LINES;
        }
    }

    /** A view of the given mode writing to {@code err}, redrawn by its own timer. */
    static Progress create(Mode mode, PrintWriter err) {
        return switch (mode) {
            case BAR -> new Ticking(new Bar(err, Meter.system()), Bar.REDRAW_MILLIS);
            case LINES -> new Ticking(new Lines(err, Meter.system()), Lines.EVERY_MILLIS);
            case NONE -> new Silent();
        };
    }
}
