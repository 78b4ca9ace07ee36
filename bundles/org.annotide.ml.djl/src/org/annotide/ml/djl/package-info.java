/**
 * DJL + PyTorch trainers contributed to {@code org.annotide.ml.trainers}: the classifier family (sizes n, s, m
 * and a ResNet-style option) with augmentation in Java, and TorchScript classifiers a user brings.
 * {@link org.annotide.ml.djl.Djl} runs code with the thread context class loader DJL needs in OSGi and picks the
 * device. Other bundles use the trainers through org.annotide.ml only; this package is for tests and tools that
 * need the engine directly.
 */
package org.annotide.ml.djl;
