/**
 * Implementation of the training workbench: the queue shared by the workbench ({@link
 * org.annotide.ui.training.internal.WorkbenchTraining}), the Training and Models views and the New Training Job
 * wizard. Only this bundle (and its test fragment) uses it.
 */
package org.annotide.ui.training.internal;
