/**
 * The workbench side of annotator training: ids of the trainer-evaluation perspective, its views (Overview,
 * Annotator submissions, Settings, Summary of tasks, My tasks) and the New Training Project wizard, for
 * perspectives, menus and tests. The views ask org.annotide.ui's UserSession (and through it the one permission
 * service) what the logged-in user may see and do; the scores come from org.annotide.benchmark. Any UI bundle
 * may use these ids.
 */
package org.annotide.ui.evaluation;
