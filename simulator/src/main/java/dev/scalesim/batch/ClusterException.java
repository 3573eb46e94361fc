package dev.scalesim.batch;

/**
 * The cluster cannot be reached, or a job failed for good (every retry of a task failed): the
 * batch stops, keeps the reports already written and says once what failed. The message is one
 * sentence naming the master.
 */
public final class ClusterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
