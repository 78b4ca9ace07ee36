/** Annotide Annotation Editor. */
package org.annotide.ui.editor;
