/**
 * Import and export of annotation formats (COCO, YOLO, Pascal VOC, CVAT XML, Label Studio JSON, simple JSON,
 * CSV): importers and exporters contributed to the extension point {@code org.annotide.formats.formats}
 * ({@link org.annotide.formats.FormatRegistry}), their options and contexts, the import as one undoable EMF
 * command ({@link org.annotide.formats.ImportCommand}) and validation reports. API for the client, the command
 * line and third-party format plug-ins. See docs/formats.md.
 */
package org.annotide.formats;
