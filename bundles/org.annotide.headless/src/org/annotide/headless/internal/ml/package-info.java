/**
 * The training verbs of annotide-cli: train, jobs, models and predict (bench train is in org.annotide.perf). They use org.annotide.ml
 * only; trainers come through the extension point org.annotide.ml.trainers.
 */
package org.annotide.headless.internal.ml;
