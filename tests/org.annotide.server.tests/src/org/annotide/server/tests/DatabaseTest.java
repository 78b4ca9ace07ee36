package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.annotide.access.Account;
import org.annotide.access.AuthenticationException;
import org.annotide.model.Role;
import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.DatabaseUnavailableException;
import org.annotide.server.db.ServerDatabase;
import org.junit.jupiter.api.Test;

/**
 * The server's PostgreSQL database: users, tokens, the audit log, a database that goes away (its migrations:
 * {@link SchemaMigrationsTest}).
 */
class DatabaseTest extends DatabaseServerTest {

    @Test
    void anUnreachableDatabaseIsAClearErrorAtOnce() {
        DatabaseSettings nowhere = DatabaseSettings.parse("postgresql://annotide@127.0.0.1:1/nothing", null, null, 2);
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> ServerDatabase.open(nowhere));
        assertTrue(e.getMessage().startsWith("cannot connect to the database postgresql://annotide@127.0.0.1:1/nothing"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "a message, not a stack trace: " + e.getMessage());
    }

    @Test
    void aDatabaseErrorKeepsItsSqlStateForCallersToTellFailuresApart() {
        pg = TestDatabase.create();
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> pg.sql("SELECT * FROM no_such_table"));
        assertEquals("42P01", ServerDatabase.sqlState(missing), "undefined table: " + missing.getMessage());
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> pg.sql("SELEKT 1"));
        assertEquals("42601", ServerDatabase.sqlState(wrong), "syntax error: " + wrong.getMessage());
        assertNull(ServerDatabase.sqlState(new IllegalStateException("no database in it")));
    }

    @Test
    void settingsComeFromAnAddressOrAFile() throws Exception {
        DatabaseSettings a = DatabaseSettings.parse("postgresql://bob:s%40cret@db.example:6543/team", null, null, 3);
        assertEquals(List.of("db.example", "6543", "team", "bob", "s@cret", "3"),
                List.of(a.host(), "" + a.port(), a.database(), a.user(), a.password(), "" + a.poolSize()));
        DatabaseSettings b = DatabaseSettings.parse("jdbc:postgresql://localhost/team?user=ann&password=pw", "eve", null, 8);
        assertEquals(List.of("localhost", "5432", "eve", "pw"), List.of(b.host(), "" + b.port(), b.user(), b.password()));
        assertEquals("postgresql://eve@localhost:5432/team", b.describe(), "no password in messages");
        assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.parse("mysql://x/y", null, null, 8));
        assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.parse("postgresql://host", null, null, 8));
        assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.parse("postgresql://h/d?sslmode=x", null, null, 8));
        Path file = temp.resolve("db.properties");
        Files.writeString(temp.resolve("pw"), "from-file\n");
        Files.writeString(file, "url=postgresql://h:7/d\nuser=u\npassword_file=pw\npool_size=5\n");
        DatabaseSettings c = DatabaseSettings.read(file);
        assertEquals(List.of("h", "7", "d", "u", "from-file", "5"),
                List.of(c.host(), "" + c.port(), c.database(), c.user(), c.password(), "" + c.poolSize()));
        Files.writeString(file, "url=postgresql://h/d\npasword=typo\n");
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> DatabaseSettings.read(file));
        assertTrue(typo.getMessage().contains("unknown setting 'pasword'"), typo.getMessage());
    }

    @Test
    void usersAreKeptWithSlowSaltedHashes() throws Exception {
        pg = TestDatabase.create();
        pg.db.migrate();
        pg.db.addUser(new Account("alice", Role.ADMIN), "a long password".toCharArray());
        pg.db.addUser(new Account("bob", Role.ANNOTATOR), "another password".toCharArray());
        assertThrows(IllegalArgumentException.class,
                () -> pg.db.addUser(new Account("bob", Role.ADMIN), "whatever it is".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> pg.db.addUser(new Account("carl", Role.ADMIN), "short".toCharArray()));
        assertEquals(List.of("alice", "bob"), pg.db.users().stream().map(Account::login).toList());
        assertEquals(Role.ANNOTATOR, pg.db.authenticate("bob", "another password".toCharArray()).role());
        assertThrows(AuthenticationException.class, () -> pg.db.authenticate("bob", "a long password".toCharArray()));
        assertThrows(AuthenticationException.class, () -> pg.db.authenticate("nobody", "a long password".toCharArray()));
        String hash = rows("SELECT password_hash FROM users WHERE username = 'alice'").get(0).get(0);
        assertTrue(hash.startsWith("pbkdf2-sha256$"), hash);
        assertFalse(hash.contains("a long password"));
        IllegalArgumentException last = assertThrows(IllegalArgumentException.class, () -> pg.db.removeUser("alice"));
        assertTrue(last.getMessage().contains("last admin"), last.getMessage());
        pg.db.removeUser("bob");
        assertEquals(List.of("alice"), pg.db.users().stream().map(Account::login).toList());
    }

    @Test
    void tokensLiveInTheDatabaseOutliveARestartAndEveryWriteIsAudited() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        Fixture.Answer wrong = f.call("POST", "/api/v1/auth/login", null,
                Fixture.JSON.writeValueAsString(Map.of("username", "manager", "password", "not the password")));
        assertEquals(401, wrong.status(), wrong.toString());
        String token = f.login("manager");
        assertEquals(List.of(List.of("manager", "f")),
                rows("SELECT username, revoked_at IS NOT NULL FROM sessions"));
        assertTrue(rows("SELECT token_hash FROM sessions").get(0).get(0).length() > 20);
        assertEquals(List.of(), rows("SELECT 1 FROM sessions WHERE token_hash = '" + token + "'"),
                "the token itself is never stored");
        assertEquals(200, f.call("GET", "/api/v1/projects", token, null).status());

        f.restartServer();
        assertEquals(200, f.call("GET", "/api/v1/projects", token, null).status(), "a token outlives the server");
        String body = "{\"label_class\":\"" + f.store.project().getLabelClasses().get(0).getId()
                + "\",\"shape\":{\"kind\":\"box\",\"x\":1,\"y\":2,\"width\":3,\"height\":4}}";
        assertEquals(201, f.call("POST", "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations",
                token, body).status());
        assertEquals(204, f.call("POST", "/api/v1/auth/logout", token, null).status());
        assertEquals(401, f.call("GET", "/api/v1/projects", token, null).status(), "revoked");
        assertEquals(List.of(List.of("t")), rows("SELECT revoked_at IS NOT NULL FROM sessions"));

        assertEquals(List.of(
                List.of("manager", "POST", "/api/v1/auth/login", "401"),
                List.of("manager", "POST", "/api/v1/auth/login", "200"),
                List.of("manager", "POST", "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations", "201"),
                List.of("manager", "POST", "/api/v1/auth/logout", "204")),
                rows("SELECT username, method, path, status FROM audit_log ORDER BY id"));
        assertEquals(List.of(List.of("127.0.0.1")), rows("SELECT DISTINCT address FROM audit_log"));
    }

    @Test
    void rememberedLoginsLiveInTheDatabaseAsHashesAndALogoutRevokesThem() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        Fixture.Answer login = f.call("POST", "/api/v1/auth/login", null, Fixture.JSON.writeValueAsString(
                Map.of("username", "ann", "password", Fixture.PASSWORD, "remember", true)));
        assertEquals(200, login.status(), login.toString());
        String remembered = login.json().get("remember_token").asText();
        assertEquals(List.of(List.of("ann", "f")), rows("SELECT username, revoked_at IS NOT NULL FROM remembered_logins"));
        assertEquals(List.of(), rows("SELECT 1 FROM remembered_logins WHERE token_hash = '" + remembered + "'"),
                "the token itself is never stored");

        f.restartServer();
        String resume = Fixture.JSON.writeValueAsString(Map.of("username", "ann", "remember_token", remembered));
        Fixture.Answer resumed = f.call("POST", "/api/v1/auth/resume", null, resume);
        assertEquals(200, resumed.status(), resumed.toString());
        String token = resumed.json().get("token").asText();
        assertEquals(200, f.call("GET", "/api/v1/projects", token, null).status());
        assertEquals(204, f.call("POST", "/api/v1/auth/logout", token, null).status());
        assertEquals(List.of(List.of("t")), rows("SELECT revoked_at IS NOT NULL FROM remembered_logins"));
        assertEquals(401, f.call("POST", "/api/v1/auth/resume", null, resume).status(), "revoked");
        assertEquals(List.of(List.of("ann", "POST", "/api/v1/auth/login", "200"),
                List.of("ann", "POST", "/api/v1/auth/resume", "200"), List.of("ann", "POST", "/api/v1/auth/logout", "204"),
                List.of("ann", "POST", "/api/v1/auth/resume", "401")),
                rows("SELECT username, method, path, status FROM audit_log ORDER BY id"));
    }

    @Test
    void auditRowsLeftInTheSpoolMoveIntoTheAuditLogAtStartWithTheirOwnTime() throws Exception {
        pg = TestDatabase.create();
        Files.writeString(temp.resolve("audit-spool.jsonl"), """
                {"at":"2026-12-01T10:00:00Z","user":"ann","address":"10.0.0.7","method":"POST","path":"/api/v1/x","status":201}
                {"at":"2026-12-01T10:00:01Z","user":"ann","addr""");
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        assertEquals(List.of(List.of("2026-12-01 10:00:00+00", "ann", "10.0.0.7", "POST", "/api/v1/x", "201")),
                rows("SELECT at AT TIME ZONE 'UTC' || '+00', username, address, method, path, status FROM audit_log"),
                "the whole line moved in; the line cut short by a crash (never answered) is skipped");
        assertEquals(0, Files.size(f.auditSpool));
    }

    @Test
    void whileTheDatabaseIsDownRequestsGet503AndTheServerRecoversWithoutARestart() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        String token = f.login("admin");
        pg.adminSql("ALTER DATABASE " + pg.name() + " ALLOW_CONNECTIONS false");
        pg.cutClientConnections();
        Fixture.Answer down = f.call("POST", "/api/v1/auth/login", null,
                Fixture.JSON.writeValueAsString(Map.of("username", "admin", "password", Fixture.PASSWORD)));
        assertEquals(503, down.status(), down.toString());
        assertEquals("application/problem+json", down.header("Content-Type"));
        assertTrue(down.json().get("detail").asText().contains("is unreachable"), down.toString());
        assertFalse(down.text().contains("\tat "), "no stack trace");

        pg.adminSql("ALTER DATABASE " + pg.name() + " ALLOW_CONNECTIONS true");
        Fixture.Answer back = null;
        for (int i = 0; i < 50; i++) {
            back = f.call("POST", "/api/v1/auth/login", null,
                    Fixture.JSON.writeValueAsString(Map.of("username", "admin", "password", Fixture.PASSWORD)));
            if (back.status() == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(200, back.status(), "recovered without a restart: " + back);
        assertNotEquals(token, back.json().get("token").asText());
        assertEquals(200, f.call("GET", "/api/v1/projects", back.json().get("token").asText(), null).status());
    }
}
