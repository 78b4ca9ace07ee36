package org.annotide.access;

/** A user asked to do something their role does not allow; the message says who, what and which role may. */
public final class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
