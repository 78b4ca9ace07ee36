/**
 * Generators for benchmarks and tests, not product API: synthetic whole-slide images
 * ({@link org.annotide.perf.SyntheticSlide}) and projects with many synthetic annotations
 * ({@link org.annotide.perf.SyntheticAnnotations}), and a fixed CPU-bound loop that benchmarks print beside their
 * figures ({@link org.annotide.perf.MachineSpeed}). Used by this bundle's {@code annotide-cli bench ...},
 * {@code generate-image} and {@code demo} verbs, by org.annotide.perf.ui's editor benchmark and by test
 * fragments; product bundles must not depend on it (the workbench reaches the demo project through
 * {@link org.annotide.core.store.DemoProjectService}).
 */
package org.annotide.perf;
