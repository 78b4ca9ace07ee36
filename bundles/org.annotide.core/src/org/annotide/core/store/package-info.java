/**
 * The project store: {@link org.annotide.core.store.ProjectStore} creates, opens and closes an Annotide project
 * folder, gives out its editing domain, journals every EMF command before it is acknowledged and writes atomic
 * checkpoints; {@link org.annotide.core.store.StoreFiles} lets a caller substitute the file operations (a disk
 * that fails as a full one does). API for every bundle that opens a project. See docs/store.md.
 */
package org.annotide.core.store;
