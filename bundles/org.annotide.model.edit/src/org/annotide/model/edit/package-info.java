/**
 * The EMF.Edit plug-in class of the model and {@link org.annotide.model.edit.Labels}, the one place that turns
 * model objects into user-facing text. For the client, the command line and reports alike.
 */
package org.annotide.model.edit;
