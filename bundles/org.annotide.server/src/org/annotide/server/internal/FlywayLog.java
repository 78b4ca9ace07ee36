package org.annotide.server.internal;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log as the server's: warnings and errors on stderr, prefixed like the server's other messages; its
 * progress talk (connecting, validating, "migrating schema to version 1") is dropped, as the server reports what
 * was applied itself and the command line's stdout carries only results.
 */
final class FlywayLog implements LogCreator, Log {

    @Override
    public Log createLogger(Class<?> clazz) {
        return this;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(String message) {
        // progress talk: dropped
    }

    @Override
    public void info(String message) {
        // progress talk: dropped
    }

    @Override
    public void notice(String message) {
        // Flyway's advertising of its paid editions: dropped
    }

    @Override
    public void warn(String message) {
        System.err.println("annotide server: flyway: " + message);
    }

    @Override
    public void error(String message) {
        System.err.println("annotide server: flyway: " + message);
    }

    @Override
    public void error(String message, Exception e) {
        error(message + ": " + e.getMessage());
    }
}
