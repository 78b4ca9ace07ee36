package org.annotide.headless.internal.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.TrainerRegistry;
import org.annotide.server.TrainingWorker;

/** {@code annotide-cli worker --server URL --project FOLDER... | --mirrors DIR}: trains queued jobs of a team server. */
public final class WorkerVerb implements CliVerb {

    static final String PASSWORD_ENV = "ANNOTIDE_PASSWORD";
    static final String TOKEN_ENV = "ANNOTIDE_TOKEN";

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public String summary() {
        return "Train the queued jobs of a team server (serve --db) on this machine";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli worker --server URL --project FOLDER [--project FOLDER]...
                        (--user NAME [--password-stdin] | --token TOKEN) [--name NAME] [--once] [--poll-seconds S]
                        [--truststore FILE [--truststore-password-file FILE]]
                       annotide-cli worker --server URL --mirrors DIR --user NAME [--password-stdin] [...]

                Logs in to a server started with 'serve --db' (the password from the first line of standard input
                with --password-stdin, else from ANNOTIDE_PASSWORD; a token from --token or ANNOTIDE_TOKEN), then
                claims its queued training jobs one at a time (the database hands each job to one worker), trains
                with the installed trainers on this machine's copy of the project (--project: the same project
                folder on shared storage, or a copy; its image files must be readable here), reports each epoch
                and uploads the model. With --mirrors DIR instead of --project, the worker needs no copy: it claims
                jobs of every project the user sees on the server, and mirrors a project into DIR when it claims the
                project's first job (as File > Connect to Server does; a mirror made before is caught up, not fetched
                again), follows the other users' labels live, and trains this job and the project's later ones on the
                mirror (http:// servers, or https:// ones the JDK trusts). The claim is a lease the worker renews; if this worker dies the server
                puts the job back in the queue when the lease runs out. --once: one job (or none), then exit.
                Ctrl-C stops the worker; the job it held goes back to the queue when its lease runs out.
                For an https:// server whose certificate the JDK does not trust (one made with keytool), --truststore
                names the certificate to trust: a PEM or DER certificate file, or a PKCS12/JKS store whose password
                is the first line of --truststore-password-file. The host name must match the certificate.

                Prints a line per job: worker NAME: claimed job ... / job ... completed: model ...

                Example:
                  ANNOTIDE_PASSWORD=... annotide-cli worker --server http://team:8080 --user trainer --project /data/shoes""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("server", "project", "mirrors", "user", "token", "name", "poll-seconds", "truststore",
                "truststore-password-file");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("password-stdin", "once");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        URI server;
        try {
            server = URI.create(args.requiredOption("server"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--server: " + e.getMessage());
        }
        List<String> folders = args.options("project");
        String mirrors = args.option("mirrors", null);
        if (folders.isEmpty() && mirrors == null) {
            throw new UsageException("name the projects this worker has with --project FOLDER, or mirror the server's "
                    + "with --mirrors DIR");
        }
        if (!folders.isEmpty() && mirrors != null) {
            throw new UsageException("--project and --mirrors exclude each other: a worker trains on folders it has "
                    + "or on mirrors it keeps");
        }
        if (mirrors != null && (args.option("user", null) == null || args.option("truststore", null) != null)) {
            throw new UsageException("--mirrors needs --user (a mirror logs in and renews its own token) and an http:// "
                    + "server or an https:// one the JDK trusts (no --truststore)");
        }
        int poll = args.intOption("poll-seconds", 2);
        if (poll < 1) {
            throw new UsageException("--poll-seconds must be at least 1");
        }
        javax.net.ssl.SSLContext tls = null;
        String truststore = args.option("truststore", null);
        String truststorePassword = args.option("truststore-password-file", null);
        if (truststore == null && truststorePassword != null) {
            throw new UsageException("--truststore-password-file without --truststore");
        }
        if (truststore != null) {
            try {
                tls = org.annotide.server.Tls.clientContext(Path.of(truststore), truststorePassword == null ? null
                        : org.annotide.server.Tls.readPasswordFile(Path.of(truststorePassword)));
            } catch (java.io.IOException e) {
                context.err().println("annotide-cli worker: " + e.getMessage());
                return FAILED;
            }
        }
        String user = args.option("user", null);
        String token = args.option("token", context.env(TOKEN_ENV));
        char[] password = null;
        if (user != null) {
            password = args.flag("password-stdin") ? DbOptions.readLine(context)
                    : context.env(PASSWORD_ENV) == null ? null : context.env(PASSWORD_ENV).toCharArray();
            if (password == null) {
                throw new UsageException("no password for " + user + ": pipe it with --password-stdin or set " + PASSWORD_ENV);
            }
            try {
                token = TrainingWorker.login(server, user, password, tls);
            } catch (java.io.IOException e) {
                context.err().println("annotide-cli worker: " + e.getMessage());
                return FAILED;
            }
        }
        if (token == null) {
            throw new UsageException("log in with --user NAME, or give --token TOKEN");
        }
        String name = args.option("name", java.net.InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid());
        List<AutoCloseable> opened = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "Annotide worker mirrors"));
        try {
            TrainingWorker.Projects projects;
            ModelAccess access = ModelAccess.synchronizedOnStore();
            if (mirrors == null) {
                Map<String, ProjectStore> stores = new LinkedHashMap<>();
                for (String folder : folders) {
                    ProjectStore store = ProjectStore.open(Path.of(folder));
                    opened.add(store);
                    String id = store.project().getId();
                    stores.put(id == null || id.isBlank() ? store.folder().getFileName().toString() : id, store);
                }
                projects = TrainingWorker.Projects.of(stores);
            } else {
                ServerConnection connection;
                try {
                    connection = ServerConnection.login(server.toString(), user, password);
                } catch (ServerException e) {
                    context.err().println("annotide-cli worker: " + e.getMessage());
                    return FAILED;
                }
                opened.add(connection);
                WorkerMirrors mirrored = new WorkerMirrors(connection, Path.of(mirrors), owner, context.out());
                opened.add(0, mirrored); // the mirrors close before the connection
                projects = mirrored;
                access = ModelAccess.onOwner(owner); // the mirrors change on their owner thread as other users label
            }
            TrainingWorker worker = new TrainingWorker(server, token, name, projects, TrainerRegistry.installed(),
                    access, context.out(), tls);
            if (args.flag("once")) {
                TrainingWorker.Outcome outcome = worker.runOne();
                context.out().println("OUTCOME " + outcome.name().toLowerCase(java.util.Locale.ROOT));
                return outcome == TrainingWorker.Outcome.FAILED ? FAILED : OK;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.set(true);
                try {
                    closed.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            context.out().println("WORKING for " + server + " as " + name);
            context.out().flush();
            worker.run(stop, Duration.ofSeconds(poll));
        } finally {
            for (AutoCloseable resource : opened) {
                resource.close();
            }
            owner.shutdown();
            closed.countDown();
        }
        return OK;
    }
}
