package dev.scalesim.batch.progress;

/** Shows nothing ({@code --quiet}); errors are still printed by the command. */
final class Silent implements Progress {
    @Override
    public void begin(int scenarios, int skipped, long trials, long work) {
    }

    @Override
    public void advanced(long trials, long work) {
    }

    @Override
    public void skipped(String text) {
    }

    @Override
    public void finished(String text) {
    }

    @Override
    public void failed(String text) {
    }

    @Override
    public void end() {
    }
}
