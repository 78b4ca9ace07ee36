package org.annotide.client;

/** What a {@link RemoteProject} tells its user. Called on any thread; a UI hands it to its own. */
public interface SyncListener {

    /** The server became unreachable (edits are kept in the outbox) or reachable again (the outbox is being sent). */
    default void reachability(boolean reachable, String message) {
    }

    /** A local edit met another user's: both versions are in the mirror; the message says which is which. */
    default void conflict(String message) {
    }

    /**
     * The server no longer lets the user follow the project (removed from it, or the user removed): the mirror sends
     * and fetches nothing more and keeps its unsent edits; the message says why and what to do.
     */
    default void readOnly(String message) {
    }

    /** The number of local edits the server has not acknowledged yet changed. */
    default void unsent(int count) {
    }

    /**
     * The server's training of the project changed as the mirror heard it: {@code event} is the job socket's
     * ({@code status_change}, {@code epoch_complete}, {@code training_complete}) or {@code jobs_read} after the mirror
     * read the server's jobs and models again; {@code jobId} is null for the latter.
     */
    default void training(String jobId, String event) {
    }
}
