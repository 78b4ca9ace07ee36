package org.annotide.ui;

import java.io.IOException;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.AuthenticationException;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;

/**
 * Who works in this workbench: the logged-in user of the workspace's {@link UserDirectory} (its
 * {@code annotide-users.json}), and the one place the workbench's commands and views ask what that user may do
 * (through the {@link PermissionService}). An OSGi service; reach it through
 * {@code PlatformUI.getWorkbench().getService(UserSession.class)}.
 */
public interface UserSession {

    /** The logged-in user, or null when nobody is. */
    Account current();

    /** The one permission service, asked for {@link #current()}: {@code may(current(), action, target)}. */
    boolean may(Action action, Object target);

    /** Why {@link #may} says no, in words the user can act on. */
    String denial(Action action, Object target);

    PermissionService permissions();

    /** The users of the workspace (re-read from disk on each change). */
    UserDirectory directory() throws IOException;

    /** True when the workspace has no user yet: the first start creates the Admin. */
    boolean needsFirstAdmin();

    /** Creates the workspace's first Admin and logs them in; refused when the workspace has users. */
    Account createFirstAdmin(String login, String displayName, char[] password) throws IOException;

    /** Checks the login and password and makes the user the current one (switching from whoever was). */
    Account logIn(String login, char[] password) throws AuthenticationException, IOException;

    /** The first login of an invited user without a password: sets it and logs them in. */
    Account logInFirstTime(String login, char[] password) throws AuthenticationException, IOException;

    /** Nobody is logged in afterwards. */
    void logOut();

    /** Told on the UI thread (the thread that logged in or out) when the current user changes. */
    interface Listener {
        void userChanged(Account user);
    }

    void addListener(Listener listener);

    void removeListener(Listener listener);
}
