-- Annotide team server, schema version 6: a change of who may do what in which project is pushed by the database
-- to every server on it (LISTEN annotide_members), whoever made it (a server, the command line, plain SQL), so that
-- no server asks for it a few times a second. Never edit after release: add V7__... instead.

-- The payload is JSON: {"user": LOGIN} for a membership or a user changed or removed, {"user", "session":
-- TOKEN_HASH} for a session revoked or deleted. A server re-reads the user's standing (it never trusts the payload for
-- a role), and forgets a revoked token at once instead of trusting it from memory a few seconds longer. Sent at
-- commit; nothing is sent for a rolled-back change.
CREATE FUNCTION annotide_members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed record;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    IF TG_TABLE_NAME = 'sessions' THEN
        PERFORM pg_notify('annotide_members',
                json_build_object('user', changed.username, 'session', changed.token_hash)::text);
    ELSE
        PERFORM pg_notify('annotide_members', json_build_object('user', changed.username)::text);
        IF TG_OP = 'UPDATE' AND OLD.username IS DISTINCT FROM NEW.username THEN -- a row moved to another user
            PERFORM pg_notify('annotide_members', json_build_object('user', OLD.username)::text);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

-- A member added, given another role, or removed (also with the project or the user: ON DELETE CASCADE).
CREATE TRIGGER project_members_changed AFTER INSERT OR UPDATE OR DELETE ON project_members
    FOR EACH ROW EXECUTE FUNCTION annotide_members_changed();

-- A user's server-wide role changed, or the user removed (their sessions and memberships go with them). A new user
-- follows no socket yet: nothing to tell.
CREATE TRIGGER users_changed AFTER UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION annotide_members_changed();

-- A session revoked (a log-out, a refreshed token) or deleted. A session opened is nobody's news.
CREATE TRIGGER sessions_revoked AFTER UPDATE OF revoked_at ON sessions
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION annotide_members_changed();
CREATE TRIGGER sessions_deleted AFTER DELETE ON sessions
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL)
    EXECUTE FUNCTION annotide_members_changed();
