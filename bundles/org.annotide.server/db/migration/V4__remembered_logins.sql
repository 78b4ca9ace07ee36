-- Annotide team server, schema version 4: remembered logins ("keep me logged in"). Never edit after release: add
-- V5__... instead.

-- A long-lived token a client keeps instead of the password and exchanges for a session after a restart
-- (POST /api/v1/auth/resume). Only its SHA-256 (base64url) is stored, as for sessions. A log-out of a session opened
-- with it revokes it; removing the user removes it.
CREATE TABLE remembered_logins (
    token_hash text PRIMARY KEY,
    username   text NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    address    text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX remembered_logins_by_user ON remembered_logins (username);

-- The remembered login a session was opened with or alongside (its hash), so that the session's log-out revokes it.
ALTER TABLE sessions ADD COLUMN remembered text;
