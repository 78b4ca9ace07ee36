-- Annotide team server, schema version 3: projects whose content lives in the database (server import-project,
-- export-project, serve --db). Never edit after release: add V4__... instead.
--
-- A project's model is kept one row per model object (content_objects): its class, where it sits (container,
-- containment feature, position) and its other features as JSON named as in the model (model/annotide.ecore), with
-- references as the object ids of their targets (json, not jsonb: the text is kept as written, so every double
-- reads back exactly). So every class of the model (images, label classes, annotations and
-- their shapes, training sets, jobs, models, selection rounds, benchmarks, training projects, tasks, submissions,
-- scores) round-trips without a table per class, and a model change needs no migration: a feature the model no
-- longer has is passed over on export, as replay does for the journal. The views below give the common ones columns.

-- A project held in the database. next_object: the next object id that the write-through of a serving server hands
-- out (import numbers the objects 0..n-1, the project itself 0).
CREATE TABLE content_projects (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    imported_from text,
    imported_by   text,
    imported_at   timestamptz NOT NULL DEFAULT now(),
    next_object   bigint NOT NULL
);

-- One object of a project's model. The project itself: object 0, no container. An object outside the model that
-- the model still refers to (a label class removed while annotations name it) has no container either, as the
-- journaled store keeps it after the model.
CREATE TABLE content_objects (
    project_id   text NOT NULL REFERENCES content_projects (id) ON DELETE CASCADE,
    object_id    bigint NOT NULL,
    container_id bigint,
    feature      text,
    position     integer NOT NULL DEFAULT 0,
    eclass       text NOT NULL,
    fields       json NOT NULL,
    PRIMARY KEY (project_id, object_id)
);
CREATE INDEX content_objects_children ON content_objects (project_id, container_id, feature, position);
CREATE INDEX content_objects_by_class ON content_objects (project_id, eclass);

-- Image bytes, content-addressed (SHA-256, hex): the same file in two projects is kept once.
CREATE TABLE content_blobs (
    sha256 text PRIMARY KEY,
    size   bigint NOT NULL,
    bytes  bytea NOT NULL
);

-- Which image object's file is which blob, and the path it had (relative to the project folder, or absolute).
CREATE TABLE content_image_files (
    project_id text NOT NULL,
    object_id  bigint NOT NULL,
    path       text NOT NULL,
    sha256     text NOT NULL REFERENCES content_blobs (sha256),
    PRIMARY KEY (project_id, object_id),
    FOREIGN KEY (project_id, object_id) REFERENCES content_objects (project_id, object_id) ON DELETE CASCADE
);
CREATE INDEX content_image_files_by_blob ON content_image_files (sha256);

-- Columns for the classes people query most (read-only views over content_objects).
CREATE VIEW content_label_classes AS
    SELECT project_id, object_id, position, fields ->> 'id' AS class_id, fields ->> 'name' AS name,
           fields ->> 'color' AS color
    FROM content_objects WHERE eclass = 'LabelClass' AND feature = 'labelClasses';

CREATE VIEW content_images AS
    SELECT o.project_id, o.object_id, o.position, o.fields ->> 'id' AS image_id, o.fields ->> 'name' AS name,
           o.fields ->> 'location' AS location, (o.fields ->> 'width')::integer AS width,
           (o.fields ->> 'height')::integer AS height, f.sha256
    FROM content_objects o LEFT JOIN content_image_files f USING (project_id, object_id)
    WHERE o.eclass = 'ImageAsset' AND o.feature = 'images';

CREATE VIEW content_annotations AS
    SELECT a.project_id, a.object_id, a.container_id AS image_object_id, a.position, a.fields ->> 'id' AS annotation_id,
           (a.fields ->> 'labelClass')::bigint AS class_object_id, s.eclass AS shape_class, s.fields AS shape,
           a.fields ->> 'author' AS author, a.fields ->> 'updatedAt' AS updated_at
    FROM content_objects a
    JOIN content_objects i ON i.project_id = a.project_id AND i.object_id = a.container_id AND i.eclass = 'ImageAsset'
    LEFT JOIN content_objects s ON s.project_id = a.project_id AND s.container_id = a.object_id AND s.feature = 'shape'
    WHERE a.eclass = 'Annotation' AND a.feature = 'annotations';
