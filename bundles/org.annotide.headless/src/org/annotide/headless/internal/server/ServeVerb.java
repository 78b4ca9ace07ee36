package org.annotide.headless.internal.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.FileTrees;
import org.annotide.headless.UsageException;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingQueue;
import org.annotide.server.AnnotideServer;
import org.annotide.server.Tls;
import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.DatabaseUnavailableException;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ProjectContent;
import org.annotide.server.db.ProjectWriteThrough;
import org.annotide.server.db.ServerProjects;

/** {@code annotide-cli serve --port P --project FOLDER... [--workers N]}: the team server over project folders. */
public final class ServeVerb implements CliVerb {

    private PermissionService permissions;

    public void setPermissions(PermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Serve project folders over HTTP: REST and WebSocket API with logins and roles";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli serve [--project FOLDER]... [--port 8080] [--host 127.0.0.1]
                        [--workers N] [--users FOLDER] [--max-body BYTES] [--max-image BYTES] [--token-hours H]
                        [--remember-days D]
                        [--db postgresql://[USER@]HOST[:PORT]/DATABASE | --db-config FILE] [--lease-seconds S]
                        [--audit-spool FILE] [--working-copies DIR]
                        [--keystore FILE --keystore-password-file FILE]

                Serves the projects through their journaled stores (every acknowledged write is on disk) under
                http://HOST:PORT/api/v1 (the OpenAPI document is /api/v1/openapi.json). Users log in with
                POST /api/v1/auth/login {"username", "password"}: the users of annotide-users.json (see
                'annotide-cli users'), found beside the first project or in --users FOLDER. --workers runs N
                training jobs at the same time in this process (default 1). Ctrl-C stops the server; running
                jobs are cancelled. --max-body limits a JSON body (default 1 MiB), --max-image an image added
                with POST /api/v1/projects/ID/images (default 1073741823, the most PostgreSQL keeps in one value).

                With --db (the password from ANNOTIDE_DB_PASSWORD) or --db-config FILE (properties: url, user,
                password or password_file, pool_size) the server keeps its users, bearer tokens, audit log and
                training-job queue in PostgreSQL: the schema is migrated at start ('annotide-cli server migrate'
                does it alone), users are those of 'annotide-cli server users'. The server serves the projects the
                database hosts ('annotide-cli server projects') and those named with --project, which it adds
                there, and the projects held in the database ('annotide-cli server import-project'): each from a
                working copy under --working-copies DIR (default: a new temporary folder, removed at exit; a
                working copy is rebuilt from the database at every start) whose every change the server writes
                to the database before it answers (a write the database does not take is undone: 503). In each
                project only its members work, with the role they hold in it ('annotide-cli server
                members'; a server admin is an admin of every project). Training jobs wait in the
                database for workers: the --workers N in this process (default 1; 0: none) and any
                'annotide-cli worker' on other machines; a worker that stops renewing its claim for
                --lease-seconds (default 60) loses the job, which goes back to the queue. An unreachable database
                stops the start with a message; while it is down later, requests that need it get 503, and the
                audit rows of writes that need it no more (a token checked in the last 5 s) wait in --audit-spool
                (default ~/.annotide/server/audit-spool.jsonl) until it is back.

                With --keystore (a PKCS12 or JKS key store holding the server's private key and certificate; its
                password is the first line of --keystore-password-file, never an argument) the server speaks HTTPS
                only, https://HOST:PORT/api/v1 and wss:// for the WebSocket; plain HTTP on the port is refused.
                Workers on other machines trust the certificate with 'worker --truststore'.

                Prints SERVING <url> once the port is open.

                Example:
                  annotide-cli serve --project shoes --port 8080 --workers 2""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("project", "port", "host", "workers", "users", "max-body", "max-image", "token-hours", "remember-days", "db", "db-config",
                "db-pool", "lease-seconds", "keystore", "keystore-password-file", "audit-spool",
                "working-copies");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        List<String> folders = new ArrayList<>(args.options("project"));
        if (folders.isEmpty() && args.option("db", null) == null && args.option("db-config", null) == null) {
            throw new UsageException("name at least one --project FOLDER");
        }
        int port = args.intOption("port", 8080);
        if (port < 0 || port > 65535) {
            throw new UsageException("the port must be from 0 to 65535, not " + port);
        }
        int workers = args.intOption("workers", 1);
        boolean withDb = args.option("db", null) != null || args.option("db-config", null) != null;
        if (workers < (withDb ? 0 : 1) || workers > 64) {
            throw new UsageException("--workers must be from " + (withDb ? 0 : 1) + " to 64, not " + workers);
        }
        int hours = args.intOption("token-hours", 8);
        if (hours < 1) {
            throw new UsageException("--token-hours must be at least 1");
        }
        int rememberDays = args.intOption("remember-days", 30);
        if (rememberDays < 1) {
            throw new UsageException("--remember-days must be at least 1");
        }
        int leaseSeconds = args.intOption("lease-seconds", 60);
        if (leaseSeconds < 2) {
            throw new UsageException("--lease-seconds must be at least 2");
        }
        String keystoreFile = args.option("keystore", null);
        String keystorePasswordFile = args.option("keystore-password-file", null);
        if (keystoreFile == null && keystorePasswordFile != null) {
            throw new UsageException("--keystore-password-file without --keystore");
        }
        java.security.KeyStore keystore = null;
        char[] keystorePassword = null;
        if (keystoreFile != null) {
            if (keystorePasswordFile == null) {
                throw new UsageException("--keystore needs --keystore-password-file FILE (its first line is the key store's "
                        + "password; a password never goes on the command line)");
            }
            try {
                keystorePassword = Tls.readPasswordFile(Path.of(keystorePasswordFile));
                keystore = Tls.loadKeyStore(Path.of(keystoreFile), keystorePassword);
            } catch (java.io.IOException e) {
                context.err().println("annotide-cli serve: " + e.getMessage());
                return FAILED;
            }
        }
        DatabaseSettings dbSettings = DbOptions.read(context, args);
        ServerDatabase db = null;
        List<String> held = new ArrayList<>();
        if (dbSettings != null) {
            try {
                db = ServerDatabase.open(dbSettings);
                db.migrate();
            } catch (DatabaseUnavailableException | IllegalStateException e) {
                if (db != null) {
                    db.close();
                }
                context.err().println("annotide-cli serve: " + e.getMessage());
                return FAILED;
            }
            if (db.users().isEmpty()) {
                db.close();
                context.err().println("annotide-cli serve: the database " + dbSettings.describe() + " has no users; add one "
                        + "with 'annotide-cli server users add NAME --role admin --password-stdin --db ...'");
                return FAILED;
            }
            // the projects the database hosts, then those named here (the server registers them)
            List<String> named = List.copyOf(folders);
            folders.clear();
            for (ServerProjects.Hosted hosted : new ServerProjects(db).hosted()) {
                if (hosted.folder().toString().startsWith(ProjectContent.FOLDER_PREFIX)) {
                    continue; // its content is in the database: served from a working copy (below)
                }
                if (!java.nio.file.Files.isDirectory(hosted.folder())) {
                    db.close();
                    context.err().println("annotide-cli serve: the project '" + hosted.id() + "' is hosted from "
                            + hosted.folder() + ", which is not there; restore it, or stop hosting it with "
                            + "'annotide-cli server projects remove " + hosted.id() + " --db ...'");
                    return FAILED;
                }
                folders.add(hosted.folder().toString());
            }
            for (String folder : named) {
                Path absolute = Path.of(folder).toAbsolutePath().normalize();
                if (folders.stream().noneMatch(f -> Path.of(f).equals(absolute))) {
                    folders.add(folder);
                }
            }
            new ProjectContent(db).held().forEach(project -> held.add(project.id()));
            if (folders.isEmpty() && held.isEmpty()) {
                db.close();
                context.err().println("annotide-cli serve: the database " + dbSettings.describe() + " hosts no project; "
                        + "name one with --project FOLDER or add one with 'annotide-cli server projects add FOLDER --db ...'");
                return FAILED;
            }
        }
        String usersFolder = args.option("users", null);
        UserDirectory users = db != null ? null : usersFolder == null ? UserDirectory.locate(Path.of(folders.get(0)))
                : UserDirectory.open(Path.of(usersFolder));
        if (users != null && users.isEmpty()) {
            context.err().println("annotide-cli serve: there are no users in " + users.file()
                    + "; add one with 'annotide-cli users FOLDER add NAME --role admin'");
            return FAILED;
        }
        List<ProjectStore> stores = new ArrayList<>();
        List<ProjectWriteThrough> workingCopies = new ArrayList<>();
        Path copies = held.isEmpty() ? null : args.option("working-copies", null) != null
                ? Path.of(args.option("working-copies", null)) : null;
        boolean temporaryCopies = !held.isEmpty() && copies == null;
        if (temporaryCopies) {
            copies = java.nio.file.Files.createTempDirectory("annotide-working-copies-");
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try {
            for (String id : held) {
                List<String> notes = new ArrayList<>();
                ProjectWriteThrough copy = new ProjectContent(db).serve(id, copies.resolve(id), notes);
                notes.forEach(note -> context.err().println("annotide-cli serve: " + id + ": " + note));
                workingCopies.add(copy);
                stores.add(copy.store());
            }
            for (String folder : folders) {
                ProjectStore store = ProjectStore.open(Path.of(folder));
                stores.add(store);
                if (db == null) { // with a database the queue and its leases outlive the process
                    TrainingQueue.recover(store, ModelAccess.synchronizedOnStore());
                }
            }
            AnnotideServer.Builder builder = AnnotideServer.builder().host(args.option("host", "127.0.0.1")).port(port)
                    .users(users).permissions(permissions).trainers(TrainerRegistry.installed()).workers(workers)
                    .maxBody(args.intOption("max-body", AnnotideServer.DEFAULT_MAX_BODY))
                    .maxImageBytes(args.intOption("max-image", (int) AnnotideServer.DEFAULT_MAX_IMAGE_BYTES))
                    .tokenLifetime(java.time.Duration.ofHours(hours))
                    .rememberLifetime(java.time.Duration.ofDays(rememberDays)).database(db)
                    .leaseTimeout(java.time.Duration.ofSeconds(leaseSeconds));
            if (args.option("audit-spool", null) != null) {
                builder.auditSpool(Path.of(args.option("audit-spool", null)));
            }
            stores.forEach(builder::project);
            if (keystore != null) {
                builder.tls(keystore, keystorePassword);
            }
            try (AnnotideServer server = builder.start()) {
                Thread hook = new Thread(() -> { // Ctrl-C: let the main thread close the projects first
                    stop.countDown();
                    try {
                        closed.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                Runtime.getRuntime().addShutdownHook(hook);
                context.out().println("SERVING " + server.baseUrl() + "/api/v1");
                context.out().flush();
                stop.await();
            }
        } finally {
            workingCopies.forEach(ProjectWriteThrough::close); // what is still unwritten, before the stores close
            for (ProjectStore store : stores) {
                store.close();
            }
            if (temporaryCopies) {
                FileTrees.deleteRecursively(copies);
            }
            if (db != null) {
                db.close();
            }
            closed.countDown();
        }
        return OK;
    }
}
