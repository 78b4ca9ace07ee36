/**
 * The store's crash harness: kills a JVM that edits a project at random moments and checks that every
 * acknowledged edit survives. Used by the command line's {@code bench} verbs and by tests; not API for other
 * plug-ins.
 */
package org.annotide.core.store.crash;
