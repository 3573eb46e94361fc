package dev.scalesim.batch;

import dev.scalesim.batch.progress.Progress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A progress view for tests: records what it was told and can act at chosen moments. */
class RecordingProgress implements Progress {
    final List<String> finished = new CopyOnWriteArrayList<>();
    final List<String> failed = new CopyOnWriteArrayList<>();
    volatile int skipped = -1;
    volatile long trials;
    private final Runnable onBegin;
    private final Runnable onFirstFinished;

    RecordingProgress() {
        this(() -> { }, () -> { });
    }

    RecordingProgress(Runnable onBegin, Runnable onFirstFinished) {
        this.onBegin = onBegin;
        this.onFirstFinished = onFirstFinished;
    }

    @Override
    public void begin(int scenarios, int skippedCount, long trialCount, long work) {
        skipped = skippedCount;
        onBegin.run();
    }

    @Override
    public synchronized void advanced(long trialCount, long work) {
        trials += trialCount;
    }

    @Override
    public void skipped(String text) {
    }

    @Override
    public void finished(String text) {
        finished.add(text);
        if (finished.size() == 1) {
            onFirstFinished.run();
        }
    }

    @Override
    public void failed(String text) {
        failed.add(text);
    }

    @Override
    public void end() {
    }
}
