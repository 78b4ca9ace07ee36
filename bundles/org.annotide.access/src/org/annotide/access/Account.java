package org.annotide.access;

import org.annotide.model.Role;

/**
 * A user as the permission service sees it: login, display name and role. Carries no password or hash; a
 * {@link UserDirectory} hands one out after a successful {@link UserDirectory#authenticate authentication}.
 *
 * @param login       unique name (letters, digits, {@code . _ - @}; 1 to 64 characters)
 * @param displayName how the user is shown; the login when none was given
 * @param role        Admin, Team Manager or Annotator
 */
public record Account(String login, String displayName, Role role) {

    public Account {
        if (login == null || login.isEmpty()) {
            throw new IllegalArgumentException("an account needs a login");
        }
        if (role == null) {
            throw new IllegalArgumentException("an account needs a role");
        }
        if (displayName == null || displayName.isBlank()) {
            displayName = login;
        }
    }

    public Account(String login, Role role) {
        this(login, login, role);
    }

    /** The role as users read it: Admin, Team Manager, Annotator. */
    public static String roleName(Role role) {
        return switch (role) {
            case ADMIN -> "Admin";
            case TEAM_MANAGER -> "Team Manager";
            case ANNOTATOR -> "Annotator";
        };
    }
}
