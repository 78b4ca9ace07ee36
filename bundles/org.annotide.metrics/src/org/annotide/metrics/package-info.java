/** Annotide Metrics. */
package org.annotide.metrics;
