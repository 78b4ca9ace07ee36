/**
 * The training verbs of annotide-cli: train, jobs, models, predict and bench train. They use org.annotide.ml
 * only; trainers come through the extension point org.annotide.ml.trainers.
 */
package org.annotide.headless.internal.ml;
