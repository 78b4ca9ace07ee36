-- Annotide team server, schema version 1: users, bearer-token sessions, the audit log and the training-job queue.
-- Applied once by the server's migrator (org.annotide.server.internal.db.Migrator) in one transaction; never edit
-- after release: add V2__... instead (the migrator refuses a database whose applied scripts changed).

CREATE TABLE users (
    username      text PRIMARY KEY,
    display_name  text NOT NULL,
    role          text NOT NULL CHECK (role IN ('admin', 'manager', 'annotator')),
    password_hash text,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Bearer tokens are never stored: only their SHA-256 (base64url), so a copy of the database opens no session.
CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    username   text NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    address    text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX sessions_by_user ON sessions (username);

-- Every write the API answered (methods other than GET), and every login attempt.
CREATE TABLE audit_log (
    id       bigserial PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    username text,
    address  text,
    method   text NOT NULL,
    path     text NOT NULL,
    status   integer NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);

-- The training queue. A worker claims the oldest queued job with SELECT ... FOR UPDATE SKIP LOCKED, holds a lease
-- it renews; a lease that runs out puts the job back (or fails it after max_attempts).
CREATE TABLE training_jobs (
    id               text PRIMARY KEY,
    project_id       text NOT NULL,
    name             text NOT NULL,
    task_type        text NOT NULL,
    config           jsonb NOT NULL,
    status           text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
    created_by       text,
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    worker           text,
    lease_token      text,
    lease_expires_at timestamptz,
    attempts         integer NOT NULL DEFAULT 0,
    max_attempts     integer NOT NULL DEFAULT 3,
    started_at       timestamptz,
    finished_at      timestamptz,
    model_id         text,
    error            text
);
CREATE INDEX training_jobs_queued ON training_jobs (created_at) WHERE status = 'queued';
CREATE INDEX training_jobs_leases ON training_jobs (lease_expires_at) WHERE status = 'running';

CREATE TABLE training_job_epochs (
    job_id          text NOT NULL REFERENCES training_jobs (id) ON DELETE CASCADE,
    attempt         integer NOT NULL,
    epoch           integer NOT NULL,
    train_loss      double precision,
    validation_loss double precision,
    millis          bigint,
    metrics         jsonb NOT NULL,
    PRIMARY KEY (job_id, attempt, epoch)
);
