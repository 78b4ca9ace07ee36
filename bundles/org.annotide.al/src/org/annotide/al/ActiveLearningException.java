package org.annotide.al;

/** Active learning cannot go on: the message says why in the user's terms, and nothing was changed. */
public class ActiveLearningException extends Exception {

    private static final long serialVersionUID = 1L;

    public ActiveLearningException(String message) {
        super(message);
    }

    public ActiveLearningException(String message, Throwable cause) {
        super(message, cause);
    }
}
