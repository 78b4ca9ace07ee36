/**
 * What the Annotide client offers the bundles that build on it: identifiers of commands, views and the
 * perspective ({@link org.annotide.ui.AnnotideUi}), the open projects of the workbench
 * ({@link org.annotide.ui.ProjectService}), labels, selections, undo/redo actions and problem markers. For
 * Annotide UI bundles (editor, training, evaluation) and UI plug-ins.
 */
package org.annotide.ui;
