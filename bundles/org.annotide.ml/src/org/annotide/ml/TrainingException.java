package org.annotide.ml;

/** Training, preparing, importing or predicting cannot go on; the message says why in a user's words. */
public class TrainingException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrainingException(String message) {
        super(message);
    }

    public TrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
