package org.annotide.access;

import org.annotide.access.internal.PasswordHash;

/**
 * The product's one password hashing, for user stores other than {@link UserDirectory} (the team server keeps its
 * users in PostgreSQL): slow salted PBKDF2 hashes in the same text form as the users file.
 */
public final class Passwords {

    private Passwords() {
    }

    /** A new salted hash of the password; refuses passwords shorter than {@link UserDirectory#MIN_PASSWORD_LENGTH}. */
    public static String hash(char[] password) {
        if (password == null || password.length < UserDirectory.MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + UserDirectory.MIN_PASSWORD_LENGTH
                    + " characters");
        }
        return PasswordHash.hash(password);
    }

    /** True when the password gives the stored hash; as slow for a null or malformed hash as for a real one. */
    public static boolean verify(char[] password, String storedHash) {
        if (storedHash == null) {
            PasswordHash.dummyCheck(password == null ? new char[0] : password);
            return false;
        }
        return PasswordHash.verify(password == null ? new char[0] : password, storedHash);
    }
}
