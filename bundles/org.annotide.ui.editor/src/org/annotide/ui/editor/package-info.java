/**
 * The annotation editor's identifiers and its input: how another UI bundle opens an image in the editor
 * ({@link org.annotide.ui.editor.AnnotationEditors}, {@link org.annotide.ui.editor.AnnotationEditorInput}).
 * Everything else of the editor is internal.
 */
package org.annotide.ui.editor;
