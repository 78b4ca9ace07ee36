package org.annotide.access;

/**
 * A login failed. The message never says whether the login or the password was wrong (both read "wrong login
 * or password"), except for a user who has not set a password yet, who is told to set one.
 */
public final class AuthenticationException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
