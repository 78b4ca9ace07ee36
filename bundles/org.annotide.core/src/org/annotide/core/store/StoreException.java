package org.annotide.core.store;

/**
 * A project could not be opened, or a change could not be made durable. The message is written for the
 * user: it says what happened to which folder and what is safe.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
