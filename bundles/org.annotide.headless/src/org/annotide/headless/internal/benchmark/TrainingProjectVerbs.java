package org.annotide.headless.internal.benchmark;

import java.io.IOException;
import java.util.Optional;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.model.Role;

/** What the training-project verbs share: trainees by name, existing or invited. */
final class TrainingProjectVerbs {

    private TrainingProjectVerbs() {
    }

    /**
     * The Annotator of that name: an existing user (who must be an Annotator), or a new Annotator without a
     * password (they set one at the first login), invited by the caller.
     */
    static Account trainee(UserDirectory users, String login, Account caller, PermissionService permissions,
            java.io.PrintStream err) throws IOException {
        Optional<Account> existing = users.find(login);
        if (existing.isPresent()) {
            if (existing.get().role() != Role.ANNOTATOR) {
                throw new IllegalArgumentException(login + " is " + Account.roleName(existing.get().role())
                        + ", not an Annotator: only Annotators are trainees");
            }
            return existing.get();
        }
        Account invited = new Account(login, Role.ANNOTATOR);
        permissions.check(caller, Action.INVITE_TEAM_MEMBERS, invited);
        users.add(invited, null);
        err.println("invited " + login + " as an Annotator; they set a password at the first login "
                + "(annotide-cli users " + users.file().getParent() + " password " + login + " --password-stdin)");
        return invited;
    }
}
