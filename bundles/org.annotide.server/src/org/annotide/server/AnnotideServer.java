package org.annotide.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.TrainerRegistry;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.internal.ServerCore;

/**
 * The team server over open project stores: REST under {@code /api/v1}, the training WebSocket, bearer tokens
 * from {@code POST /api/v1/auth/login}. Every request is authorised by the given {@link PermissionService}; users
 * come from a {@link UserDirectory}, or, with a {@link ServerDatabase}, from PostgreSQL (which then also keeps the
 * bearer tokens, the audit log of every write and the training-job queue that workers take jobs from). The caller opens and closes the stores; {@link #close()} stops the server and
 * its training workers (running jobs are cancelled).
 */
public final class AnnotideServer implements AutoCloseable {

    /** The largest request body accepted unless configured otherwise (bytes). */
    public static final int DEFAULT_MAX_BODY = 1 << 20;
    /** The largest image an upload may have unless configured otherwise: the most PostgreSQL keeps in one value. */
    public static final long DEFAULT_MAX_IMAGE_BYTES = ServerCore.DEFAULT_MAX_IMAGE_BYTES;

    private final ServerCore core;

    private AnnotideServer(ServerCore core) {
        this.core = core;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The port the server listens on (the one chosen when 0 was asked). */
    public int port() {
        return core.port();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080} ({@code https://} when serving TLS). */
    public String baseUrl() {
        return core.scheme() + "://" + core.host() + ":" + core.port();
    }

    @Override
    public void close() {
        core.close();
    }

    /** Settings of a server; {@link #start()} binds the port. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private final List<ProjectStore> projects = new ArrayList<>();
        private UserDirectory users;
        private PermissionService permissions;
        private TrainerRegistry trainers;
        private int workers = 1;
        private int maxBody = DEFAULT_MAX_BODY;
        private long maxImageBytes = DEFAULT_MAX_IMAGE_BYTES;
        private Duration tokenLifetime = Duration.ofHours(8);
        private Duration rememberLifetime = Duration.ofDays(30);
        private ServerDatabase database;
        private java.nio.file.Path auditSpool = java.nio.file.Path.of(System.getProperty("user.home"), ".annotide", "server",
                "audit-spool.jsonl");
        private Duration leaseTimeout = Duration.ofSeconds(60);
        private java.security.KeyStore keyStore;
        private char[] keyStorePassword;

        public Builder host(String value) { host = value; return this; }
        public Builder port(int value) { port = value; return this; }
        public Builder project(ProjectStore store) { projects.add(store); return this; }
        public Builder users(UserDirectory value) { users = value; return this; }
        public Builder permissions(PermissionService value) { permissions = value; return this; }
        public Builder trainers(TrainerRegistry value) { trainers = value; return this; }
        /**
         * In-process training workers: jobs of different workers run at the same time. With a database they take jobs
         * from its queue as remote workers do (0: only remote workers train).
         */
        public Builder workers(int value) { workers = value; return this; }
        public Builder maxBody(int bytes) { maxBody = bytes; return this; }
        /** The most bytes an image added through {@code POST .../images} may have (default: just under 1 GiB). */
        public Builder maxImageBytes(long bytes) { maxImageBytes = bytes; return this; }
        public Builder tokenLifetime(Duration value) { tokenLifetime = value; return this; }
        /** How long a remembered login ("keep me logged in", {@code POST /auth/resume}) lasts (default 30 days). */
        public Builder rememberLifetime(Duration value) { rememberLifetime = value; return this; }
        /** Users, tokens, audit log and the job queue in PostgreSQL (migrated to the newest schema at start). */
        public Builder database(ServerDatabase value) { database = value; return this; }
        /**
         * With a database: the append-only file where audit rows wait while the database is down (default
         * {@code ~/.annotide/server/audit-spool.jsonl}); they move into the audit log once it is back.
         */
        public Builder auditSpool(java.nio.file.Path file) { auditSpool = file; return this; }
        /** With a database: how long a worker's claim on a job lasts without a heartbeat before the job is re-queued. */
        public Builder leaseTimeout(Duration value) { leaseTimeout = value; return this; }

        /**
         * HTTPS only, with the private key and certificate of this key store (see {@link Tls#loadKeyStore}); plain
         * HTTP on the port is refused (the TLS handshake fails and the connection is closed).
         */
        public Builder tls(java.security.KeyStore keys, char[] password) {
            keyStore = keys;
            keyStorePassword = password == null ? null : password.clone();
            return this;
        }

        /** Starts the server. */
        public AnnotideServer start() throws Exception {
            if ((users == null && database == null) || permissions == null) {
                throw new IllegalStateException("a server needs users (a directory or a database) and a permission service");
            }
            if (projects.isEmpty()) {
                throw new IllegalStateException("a server needs at least one project");
            }
            if (workers < (database == null ? 1 : 0) || workers > 64) {
                throw new IllegalArgumentException("workers must be between " + (database == null ? 1 : 0)
                        + " and 64, not " + workers);
            }
            ServerCore core = new ServerCore(host, port, projects, users, permissions,
                    trainers == null ? TrainerRegistry.of(List.of()) : trainers, workers, maxBody, tokenLifetime, rememberLifetime, database,
                    leaseTimeout);
            core.maxImageBytes(maxImageBytes);
            if (keyStore != null) {
                core.tls(Tls.serverContext(keyStore, keyStorePassword),
                        Tls.pinnedContext(Tls.ownCertificates(keyStore)));
            }
            if (database != null) {
                database.migrate();
                core.auditSpool(auditSpool);
            }
            core.start();
            return new AnnotideServer(core);
        }
    }
}
