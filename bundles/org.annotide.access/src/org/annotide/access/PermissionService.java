package org.annotide.access;

/**
 * The one answer to "may user U do action A on object O". Every layer asks it: workbench commands and views, the
 * command line, the server. Registered as a Declarative Services component ({@link RolePermissions}); code outside
 * OSGi (tests, tools) may create a {@link RolePermissions} itself.
 */
public interface PermissionService {

    /**
     * @param user   the logged-in user; null (nobody logged in) may do nothing
     * @param action what the user wants to do
     * @param target the object acted on (an {@code AnnotatorTask}, a {@code TrainingProject}, another
     *               {@link Account}, ...), or null for "in general"
     */
    boolean may(Account user, Action action, Object target);

    /** Like {@link #may}, but throws a {@link PermissionDeniedException} that says why not. */
    default void check(Account user, Action action, Object target) {
        if (!may(user, action, target)) {
            throw new PermissionDeniedException(denial(user, action, target));
        }
    }

    /** Why {@link #may} says no, in words a user can act on. */
    String denial(Account user, Action action, Object target);
}
