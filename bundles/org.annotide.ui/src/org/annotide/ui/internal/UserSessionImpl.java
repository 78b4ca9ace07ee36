package org.annotide.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.AuthenticationException;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.model.Role;
import org.annotide.ui.UserSession;
import org.eclipse.core.resources.ResourcesPlugin;

/**
 * The workbench's user session (a Declarative Services component): the users file of the workspace folder, the
 * logged-in account, the permission service every UI action asks.
 */
public final class UserSessionImpl implements UserSession {

    private PermissionService permissions;
    private volatile Account current;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** DS: the one permission service (org.annotide.access). */
    public void setPermissions(PermissionService service) {
        this.permissions = service;
    }

    public void unsetPermissions(PermissionService service) {
        if (this.permissions == service) {
            this.permissions = null;
        }
    }

    @Override
    public Account current() {
        return current;
    }

    @Override
    public boolean may(Action action, Object target) {
        return permissions != null && permissions.may(current, action, target);
    }

    @Override
    public String denial(Action action, Object target) {
        return permissions == null ? "The permission service is not running." : permissions.denial(current, action,
                target);
    }

    @Override
    public PermissionService permissions() {
        return permissions;
    }

    private static Path workspaceFolder() {
        return Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString());
    }

    @Override
    public UserDirectory directory() throws IOException {
        return UserDirectory.open(workspaceFolder());
    }

    @Override
    public boolean needsFirstAdmin() {
        try {
            return directory().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized Account createFirstAdmin(String login, String displayName, char[] password)
            throws IOException {
        UserDirectory users = directory();
        if (!users.isEmpty()) {
            throw new IllegalStateException("the workspace has users already: log in as one of them");
        }
        if (password == null) {
            throw new IllegalArgumentException("the Admin needs a password");
        }
        Account admin = users.add(new Account(login, displayName, Role.ADMIN), password);
        become(admin);
        return admin;
    }

    @Override
    public Account logIn(String login, char[] password) throws AuthenticationException, IOException {
        Account account = directory().authenticate(login, password);
        become(account);
        return account;
    }

    @Override
    public Account logInFirstTime(String login, char[] password) throws AuthenticationException, IOException {
        Account account = directory().setFirstPassword(login, password);
        become(account);
        return account;
    }

    @Override
    public void logOut() {
        become(null);
    }

    private void become(Account account) {
        current = account;
        for (Listener listener : listeners) {
            listener.userChanged(account);
        }
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
