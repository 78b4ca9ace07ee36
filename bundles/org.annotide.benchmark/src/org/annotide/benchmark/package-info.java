/**
 * Annotator training (the seed's "Training Projects"): task status of source projects (only In review and
 * Completed tasks are ground truth), training projects made from one or more source projects with the same
 * ontology, one copy of every benchmark task per trainee without the ground truth, final submissions, scoring
 * exactly as docs/annotator-training.md defines it, re-scoring with an edited function, and the CSV of every
 * evaluation label. Every call that acts for a user asks {@link org.annotide.access.PermissionService}. No UI
 * types; the workbench, the command line and the server use it alike.
 */
package org.annotide.benchmark;
