/**
 * Per-shape similarity, used to match annotations (a trainee's against the ground truth, predictions against
 * labels): {@link org.annotide.metrics.ShapeSimilarity} implementations contributed to the extension point
 * {@code org.annotide.metrics.similarity} and chosen by {@link org.annotide.metrics.SimilarityRegistry}. API for
 * evaluation, annotator scoring and third-party similarities. See docs/metrics.md.
 */
package org.annotide.metrics;
