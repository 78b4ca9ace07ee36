package org.annotide.headless.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.server.ServeVerb;
import org.annotide.headless.internal.server.WorkerVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;
import org.annotide.server.Tls;
import org.annotide.server.TrainingWorker;
import org.annotide.server.db.ServerDatabase;
import org.annotide.tests.support.db.ScratchDatabase;
import org.annotide.tests.support.db.ScratchDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --keystore FILE --keystore-password-file FILE} and {@code worker --truststore}: the options' errors,
 * and a worker that reaches an HTTPS server (a key store made with the JDK's keytool) only when it trusts its
 * certificate.
 */
class TlsVerbsTest {

    private static final String PASSWORD = "store secret 42";

    @TempDir
    Path temp;
    @RegisterExtension
    final ScratchDatabases databases = new ScratchDatabases();

    private Path keyStore() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = temp.resolve("server.p12");
        run(keytool.toString(), "-genkeypair", "-alias", "annotide", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype",
                "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        run(keytool.toString(), "-exportcert", "-rfc", "-alias", "annotide", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-file", temp.resolve("server.pem").toString());
        return store;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
    }

    @Test
    void serveRefusesKeyStoresWithoutAPasswordFileOrWithTheWrongPassword() throws Exception {
        Path store = keyStore();
        List<CliVerb> serve = List.of(new ServeVerb());
        Path project = temp.resolve("p");
        ProjectStore.create(project, "p").close();

        Cli noPasswordFile = Cli.run(serve, "serve", "--project", project.toString(), "--keystore", store.toString());
        assertEquals(CliVerb.USAGE, noPasswordFile.exitCode, noPasswordFile.err);
        assertTrue(noPasswordFile.err.contains("--keystore-password-file"), noPasswordFile.err);
        Cli unknown = Cli.run(serve, "serve", "--project", project.toString(), "--keystore", store.toString(),
                "--keystore-password", PASSWORD);
        assertEquals(CliVerb.USAGE, unknown.exitCode, "no option takes a password on the command line");
        Cli alone = Cli.run(serve, "serve", "--project", project.toString(), "--keystore-password-file", "x");
        assertEquals(CliVerb.USAGE, alone.exitCode, alone.err);

        Path wrong = Files.writeString(temp.resolve("wrong"), "not it\n");
        Cli refused = Cli.run(serve, "serve", "--project", project.toString(), "--port", "0", "--keystore",
                store.toString(), "--keystore-password-file", wrong.toString());
        assertEquals(CliVerb.FAILED, refused.exitCode, refused.err);
        assertTrue(refused.err.contains("cannot open the key store " + store), refused.err);
        assertFalse(refused.err.contains("\tat "), "no stack trace");
    }

    @Test
    void aWorkerReachesAnHttpsServerWithATrustStore() throws Exception {
        ScratchDatabase database = databases.create();
        Path store = keyStore();
        Path project = temp.resolve("shoes");
        ProjectStore.create(project, "shoes").close();
        try (ServerDatabase db = ServerDatabase.open(database.settings(4));
                ProjectStore served = ProjectStore.open(project)) {
            db.migrate();
            db.addUser(new Account("trainer", Role.ADMIN), "a long password".toCharArray());
            try (AnnotideServer server = AnnotideServer.builder().port(0).project(served).database(db).workers(0)
                    .permissions(new RolePermissions())
                    .tls(Tls.loadKeyStore(store, PASSWORD.toCharArray()), PASSWORD.toCharArray()).start()) {
                String url = server.baseUrl();
                assertTrue(url.startsWith("https://"), url);
                String token = TrainingWorker.login(URI.create(url), "trainer", "a long password".toCharArray(),
                        Tls.clientContext(temp.resolve("server.pem"), null));
                List<CliVerb> worker = List.of(new WorkerVerb());
                Path copy = temp.resolve("copy").resolve("shoes");
                ProjectStore.create(copy, "shoes").close();

                Cli trusted = Cli.run(worker, "worker", "--server", url, "--token", token, "--project", copy.toString(),
                        "--once", "--truststore", temp.resolve("server.pem").toString());
                assertEquals(CliVerb.OK, trusted.exitCode, trusted.err);
                assertEquals("OUTCOME none_queued\n", trusted.out);

                Path passwordFile = Files.writeString(temp.resolve("pw"), PASSWORD + "\n");
                Cli viaStore = Cli.run(worker, "worker", "--server", url, "--token", token, "--project", copy.toString(),
                        "--once", "--truststore", store.toString(), "--truststore-password-file", passwordFile.toString());
                assertEquals(CliVerb.OK, viaStore.exitCode, viaStore.err);

                Cli untrusted = Cli.run(worker, "worker", "--server", url, "--token", token, "--project",
                        copy.toString(), "--once");
                assertNotEquals(CliVerb.OK, untrusted.exitCode, "the JDK's default trust does not know the certificate");

                Cli noStore = Cli.run(worker, "worker", "--server", url, "--token", token, "--project", copy.toString(),
                        "--once", "--truststore", temp.resolve("none.pem").toString());
                assertEquals(CliVerb.FAILED, noStore.exitCode);
                assertTrue(noStore.err.contains("no trust store"), noStore.err);
            }
        }
    }
}
