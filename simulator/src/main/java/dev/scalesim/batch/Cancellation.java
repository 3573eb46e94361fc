package dev.scalesim.batch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request to stop a run (Ctrl-C, SIGTERM), made from any thread. Whoever runs the batch
 * registers what stopping means; a request made before registration is honoured on it.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    /** Asks the run to stop; only the first call acts. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            actions.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code action} on cancellation (at once if already cancelled) until removed. */
    void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled.get()) {
            action.run();
        }
    }

    void remove(Runnable action) {
        actions.remove(action);
    }
}
