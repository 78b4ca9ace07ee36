/**
 * The Annotide model (EMF, generated from {@code model/annotide.ecore}): projects, images, tiles, label classes,
 * annotations and their shapes, training sets, and the training, active-learning and annotator-training types.
 * API for every Annotide bundle and for third-party plug-ins. Read it freely; change it only through EMF commands
 * on the project's editing domain (see {@code org.annotide.core.store.ProjectStore}), so that every change is
 * journaled and can be undone.
 */
package org.annotide.model;
