package org.annotide.access.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.access.Account;
import org.annotide.access.AuthenticationException;
import org.annotide.access.UserDirectory;
import org.annotide.access.internal.PasswordHash;
import org.annotide.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users kept in a folder: slow salted hashes only, atomic rewrites, logins as every caller does them. */
class UserDirectoryTest {

    @TempDir
    Path workspace;

    @Test
    void storesOnlySaltedSlowHashesAndAuthenticates() throws Exception {
        UserDirectory users = UserDirectory.open(workspace);
        assertTrue(users.isEmpty());
        users.add(new Account("root", "The Admin", Role.ADMIN), "correct horse".toCharArray());
        users.add(new Account("tm", Role.TEAM_MANAGER), "correct horse".toCharArray());
        String file = Files.readString(workspace.resolve(UserDirectory.FILE_NAME), StandardCharsets.UTF_8);
        assertFalse(file.contains("correct horse"), "no plain password in the file");
        assertTrue(file.contains("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$"), file);
        assertTrue(PasswordHash.ITERATIONS >= 100_000);
        String[] hashes = file.lines().filter(l -> l.contains("\"password\"")).toArray(String[]::new);
        assertEquals(2, hashes.length);
        assertNotEquals(hashes[0].replace("root", ""), hashes[1].replace("tm", ""),
                "same password, different salt, different hash");
        assertFalse(Files.exists(workspace.resolve(UserDirectory.FILE_NAME + ".tmp")), "no temporary file left");

        UserDirectory reopened = UserDirectory.open(workspace);
        Account root = reopened.authenticate("root", "correct horse".toCharArray());
        assertEquals(new Account("root", "The Admin", Role.ADMIN), root);
        AuthenticationException wrong = assertThrows(AuthenticationException.class,
                () -> reopened.authenticate("root", "wrong horse".toCharArray()));
        AuthenticationException unknown = assertThrows(AuthenticationException.class,
                () -> reopened.authenticate("nobody", "correct horse".toCharArray()));
        assertEquals(wrong.getMessage(), unknown.getMessage(), "unknown login and wrong password read the same");
    }

    @Test
    void rememberedLoginsAreKeptAsHashesUntilTheyEndOrANewPassword() throws Exception {
        UserDirectory users = UserDirectory.open(workspace);
        users.add(new Account("alice", Role.ADMIN), "a long password".toCharArray());
        users.add(new Account("bob", Role.ANNOTATOR), "another password".toCharArray());
        java.time.Instant later = java.time.Instant.now().plusSeconds(3600);
        users.remember("bob", "hash-one", later);
        users.remember("bob", "hash-two", later);
        users.remember("bob", "hash-old", java.time.Instant.now().minusSeconds(1));
        UserDirectory reread = UserDirectory.open(workspace);
        assertEquals("bob", reread.remembered("bob", "hash-one").orElseThrow().login());
        assertTrue(reread.remembered("alice", "hash-one").isEmpty(), "another user's");
        assertTrue(reread.remembered("bob", "hash-old").isEmpty(), "expired");
        assertFalse(Files.readString(users.file()).contains("hash-old"), "an expired one is not written");
        assertEquals(Role.TEAM_MANAGER, users.setRole("bob", Role.TEAM_MANAGER).role());
        assertEquals(Role.TEAM_MANAGER, users.remembered("bob", "hash-two").orElseThrow().role(),
                "a new role holds for a remembered login");

        users.forgetRemembered("bob", "hash-one");
        assertTrue(users.remembered("bob", "hash-one").isEmpty());
        assertTrue(users.remembered("bob", "hash-two").isPresent());
        users.setPassword("bob", "a new password".toCharArray());
        assertTrue(users.remembered("bob", "hash-two").isEmpty(), "a new password ends every remembered login");
        assertThrows(IllegalArgumentException.class, () -> users.remember("carol", "hash", later));
    }

    @Test
    void anInvitedUserSetsAPasswordAtTheFirstLoginOnce() throws Exception {
        UserDirectory users = UserDirectory.open(workspace);
        users.add(new Account("root", Role.ADMIN), "admin-password".toCharArray());
        users.add(new Account("ann", Role.ANNOTATOR), null);
        assertFalse(users.hasPassword("ann"));
        AuthenticationException first = assertThrows(AuthenticationException.class,
                () -> users.authenticate("ann", "anything1".toCharArray()));
        assertTrue(first.getMessage().contains("set one"), first.getMessage());
        assertEquals(Role.ANNOTATOR, users.setFirstPassword("ann", "ann-password".toCharArray()).role());
        assertEquals("ann", users.authenticate("ann", "ann-password".toCharArray()).login());
        assertThrows(AuthenticationException.class, () -> users.setFirstPassword("ann", "takeover!!".toCharArray()),
                "a set password cannot be replaced through the first-login door");
    }

    @Test
    void refusesBadInputAndKeepsTheLastAdmin() throws Exception {
        UserDirectory users = UserDirectory.open(workspace);
        users.add(new Account("root", Role.ADMIN), null);
        assertThrows(IllegalArgumentException.class, () -> users.add(new Account("root", Role.ANNOTATOR), null));
        assertThrows(IllegalArgumentException.class, () -> users.add(new Account("has space", Role.ANNOTATOR), null));
        assertThrows(IllegalArgumentException.class, () -> users.add(new Account("ann", Role.ANNOTATOR),
                "short".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> users.remove("root"));
        assertThrows(IllegalArgumentException.class, () -> users.setRole("root", Role.ANNOTATOR));
        users.add(new Account("second", Role.ADMIN), null);
        users.remove("root");
        assertEquals(1, UserDirectory.open(workspace).accounts().size());
        assertEquals(Role.TEAM_MANAGER, UserDirectory.parseRole("manager"));
        assertThrows(IllegalArgumentException.class, () -> UserDirectory.parseRole("boss"));
    }

    @Test
    void aDamagedFileIsAnErrorNotAnEmptyDirectory() throws Exception {
        Files.writeString(workspace.resolve(UserDirectory.FILE_NAME), "{\"users\": [");
        java.io.IOException error = assertThrows(java.io.IOException.class, () -> UserDirectory.open(workspace));
        assertTrue(error.getMessage().contains(UserDirectory.FILE_NAME), error.getMessage());
    }

    @Test
    void readingAgainSeesAnotherWritersChangeAndADamagedFileLeavesTheUsersAsLastRead() throws Exception {
        UserDirectory server = UserDirectory.open(workspace);
        server.add(new Account("alice", Role.ADMIN), "a long password".toCharArray());
        server.add(new Account("bob", Role.ANNOTATOR), "another password".toCharArray());
        UserDirectory.open(workspace).setRole("bob", Role.TEAM_MANAGER); // another process, as annotide-cli users
        assertEquals(Role.ANNOTATOR, server.find("bob").orElseThrow().role(), "not read again yet");
        server.reload();
        assertEquals(Role.TEAM_MANAGER, server.find("bob").orElseThrow().role());

        Path file = workspace.resolve(UserDirectory.FILE_NAME);
        String kept = Files.readString(file);
        Files.writeString(file, "{\"format\": \"annotide-users/1\", \"users\": [{\"login\": \"bob\", \"role\": \"KING\"}]}");
        java.io.IOException damaged = assertThrows(java.io.IOException.class, server::reload);
        assertTrue(damaged.getMessage().contains("unknown role 'KING'"), damaged.getMessage());
        assertEquals(java.util.List.of("alice", "bob"), server.logins(), "nobody lost to a damaged file");
        assertEquals(Role.TEAM_MANAGER, server.find("bob").orElseThrow().role());
        Files.writeString(file, kept);
        server.reload();
        assertEquals(Role.TEAM_MANAGER, server.find("bob").orElseThrow().role());
    }

    @Test
    void aProjectUsesItsWorkspacesUsers() throws Exception {
        UserDirectory.open(workspace).add(new Account("root", Role.ADMIN), null);
        Path project = workspace.resolve("project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("annotide.project"), "x");
        assertEquals(workspace.resolve(UserDirectory.FILE_NAME), UserDirectory.locate(project).file());
        assertEquals(workspace.resolve(UserDirectory.FILE_NAME),
                UserDirectory.locate(workspace.resolve("not-yet")).file());
    }
}
