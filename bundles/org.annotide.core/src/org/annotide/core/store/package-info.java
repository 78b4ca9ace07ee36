/**
 * The project store: {@link org.annotide.core.store.ProjectStore} creates, opens and closes an Annotide project
 * folder, gives out its editing domain, journals every EMF command before it is acknowledged and writes atomic
 * checkpoints; {@link org.annotide.core.store.StoreFiles} lets a caller substitute the file operations (a disk
 * that fails as a full one does); {@link org.annotide.core.store.ModelDiff} compares two models as a store must
 * give them back; {@link org.annotide.core.store.DemoProjectService} is the service (provided by
 * org.annotide.perf) that writes the demo project. API for every bundle that opens a project. See docs/store.md.
 */
package org.annotide.core.store;
