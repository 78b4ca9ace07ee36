package org.annotide.server.db;

/**
 * The database cannot be reached or refused the work (down, restarting, wrong password, no such database). The
 * message says which database and why; the server answers 503 with it and recovers once the database is back.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
