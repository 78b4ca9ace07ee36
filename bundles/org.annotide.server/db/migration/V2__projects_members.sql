-- Annotide team server, schema version 2: the projects the server hosts and their members with a role each.
-- Never edit after release: add V3__... instead.

-- A hosted project: the id the API names it by (the project's id, else its folder's name) and its folder (the
-- journaled store the server opens).
CREATE TABLE projects (
    id       text PRIMARY KEY,
    folder   text NOT NULL UNIQUE,
    added_by text,
    added_at timestamptz NOT NULL DEFAULT now()
);

-- Who works on which project, in which role (the permission table is read with this role inside the project; a
-- server-wide admin is an admin of every project).
CREATE TABLE project_members (
    project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    username   text NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    role       text NOT NULL CHECK (role IN ('admin', 'manager', 'annotator')),
    added_by   text,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, username)
);
CREATE INDEX project_members_by_user ON project_members (username);
