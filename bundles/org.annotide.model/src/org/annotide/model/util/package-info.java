/**
 * Helpers on the model for every Annotide bundle: the generated switch and adapter factory, the textual array
 * encoding used by shape attributes ({@link org.annotide.model.util.ArrayText}), tile naming
 * ({@link org.annotide.model.util.Tiles}) and {@link org.annotide.model.util.ModelChangeListener}, the hook the
 * journaled store listens on.
 */
package org.annotide.model.util;
