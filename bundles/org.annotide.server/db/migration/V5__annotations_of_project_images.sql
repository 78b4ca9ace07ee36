-- Annotide team server, schema version 5: content_annotations lists only the annotations of the project's images.
-- Never edit after release: add V6__... instead.

-- An image removed from a held project (DELETE /api/v1/projects/{project}/images/{image}) keeps its row without
-- container, as every removed object does (an undo puts it back), and its annotations stay inside it. V3's view took
-- them for the project's: "server content list" counted the annotations of removed images. Same columns as V3's; an
-- image counts when it is in the project's list, as content_images has it.
CREATE OR REPLACE VIEW content_annotations AS
    SELECT a.project_id, a.object_id, a.container_id AS image_object_id, a.position, a.fields ->> 'id' AS annotation_id,
           (a.fields ->> 'labelClass')::bigint AS class_object_id, s.eclass AS shape_class, s.fields AS shape,
           a.fields ->> 'author' AS author, a.fields ->> 'updatedAt' AS updated_at
    FROM content_objects a
    JOIN content_objects i ON i.project_id = a.project_id AND i.object_id = a.container_id AND i.eclass = 'ImageAsset'
        AND i.feature = 'images'
    LEFT JOIN content_objects s ON s.project_id = a.project_id AND s.container_id = a.object_id AND s.feature = 'shape'
    WHERE a.eclass = 'Annotation' AND a.feature = 'annotations';
