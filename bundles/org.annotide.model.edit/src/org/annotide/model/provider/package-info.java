/**
 * The generated EMF.Edit item providers of the model: labels, icons, property descriptors and the commands
 * (with undo) that edit a model object. Any bundle that shows or edits the model reaches them through
 * {@link org.annotide.model.provider.AnnotideItemProviderAdapterFactory}, usually via the adapter factory of an
 * open {@code ProjectStore}.
 */
package org.annotide.model.provider;
