/**
 * The workbench side of training: ids of the Training view, the Models view and the New Training Job wizard,
 * for perspectives, menus and tests. The views and the wizard only use the engine-neutral API of
 * org.annotide.ml; any UI bundle may use these ids.
 */
package org.annotide.ui.training;
