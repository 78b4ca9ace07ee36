/**
 * Training without an engine: {@link org.annotide.ml.TrainingConfig} (what a user asks for),
 * {@link org.annotide.ml.DatasetBuilder} and {@link org.annotide.ml.PreparedDataset} (images and labels of a
 * project or its training sets, split by ratio and seed), the {@link org.annotide.ml.TrainingQueue} that runs
 * jobs through pending, preparing, training and completed, failed or cancelled, with events per concern
 * ({@link org.annotide.ml.JobStatusListener}, {@link org.annotide.ml.EpochListener},
 * {@link org.annotide.ml.CompletionListener}), the {@link org.annotide.ml.ModelRegistry} of trained models and
 * single-file {@link org.annotide.ml.ModelFile}s, and {@link org.annotide.ml.Inference} that turns predictions into
 * annotations. Engines plug in through the extension point {@code org.annotide.ml.trainers}
 * ({@link org.annotide.ml.Trainer}). No engine types appear here; any bundle above org.annotide.core may use it.
 */
package org.annotide.ml;
