/**
 * annotide-cli bench train: Fashion-MNIST imported as a user would, the n classifier trained, side by side with
 * PyTorch in Python when it is installed. A harness, not API.
 */
package org.annotide.perf.internal.ml;
