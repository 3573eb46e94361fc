package dev.scalesim.batch.progress;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a view's {@link View#tick} on a daemon timer between {@code begin} and {@code end}. */
final class Ticking implements Progress {
    private final View view;
    private final long everyMillis;
    private ScheduledExecutorService timer;

    Ticking(View view, long everyMillis) {
        this.view = view;
        this.everyMillis = everyMillis;
    }

    @Override
    public synchronized void begin(int scenarios, int skipped, long trials, long work) {
        view.begin(scenarios, skipped, trials, work);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scalesim-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(view::tick, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void advanced(long trials, long work) {
        view.advanced(trials, work);
    }

    @Override
    public void skipped(String text) {
        view.skipped(text);
    }

    @Override
    public void finished(String text) {
        view.finished(text);
    }

    @Override
    public void failed(String text) {
        view.failed(text);
    }

    @Override
    public synchronized void end() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                // A tick drawing right now must finish before the view clears the line.
                timer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
        view.end();
    }
}
