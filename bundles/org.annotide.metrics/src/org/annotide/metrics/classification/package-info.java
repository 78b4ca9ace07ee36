/**
 * Image-classification scores: top-1/top-5 accuracy, per-class precision, recall and F1, confusion matrix.
 * API for every bundle that evaluates a classifier.
 */
package org.annotide.metrics.classification;
