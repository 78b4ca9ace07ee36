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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.ml.TrainerRegistry;
import org.annotide.server.TrainingWorker;

/** {@code annotide-cli worker --server URL --project FOLDER...}: trains queued jobs of a team server. */
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

                Logs in to a server started with 'serve --db' (the password from the first line of standard input
                with --password-stdin, else from ANNOTIDE_PASSWORD; a token from --token or ANNOTIDE_TOKEN), then
                claims its queued training jobs one at a time (the database hands each job to one worker), trains
                with the installed trainers on this machine's copy of the project (--project: the same project
                folder on shared storage, or a copy; its image files must be readable here), reports each epoch
                and uploads the model. The claim is a lease the worker renews; if this worker dies the server
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
        return Set.of("server", "project", "user", "token", "name", "poll-seconds", "truststore",
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
        if (folders.isEmpty()) {
            throw new UsageException("name the projects this worker has with --project FOLDER");
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
        if (user != null) {
            char[] password = args.flag("password-stdin") ? DbOptions.readLine(context)
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
        List<ProjectStore> stores = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Map<String, ProjectStore> projects = new LinkedHashMap<>();
            for (String folder : folders) {
                ProjectStore store = ProjectStore.open(Path.of(folder));
                stores.add(store);
                String id = store.project().getId();
                projects.put(id == null || id.isBlank() ? store.folder().getFileName().toString() : id, store);
            }
            TrainingWorker worker = new TrainingWorker(server, token, name, projects, TrainerRegistry.installed(),
                    context.out(), tls);
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
            for (ProjectStore store : stores) {
                store.close();
            }
            closed.countDown();
        }
        return OK;
    }
}
