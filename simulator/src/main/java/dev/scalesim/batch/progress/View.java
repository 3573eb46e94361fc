package dev.scalesim.batch.progress;

/** A progress view that also redraws on a timer ({@link #tick}). */
interface View extends Progress {
    /** Called every few moments while the run goes on. */
    void tick();
}
