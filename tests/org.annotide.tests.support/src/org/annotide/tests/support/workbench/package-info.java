/**
 * Steps in Annotide's workbench that the UI fragments share (File &gt; Connect to Server..., say). They need Annotide's
 * UI, its client and the workbench, which this bundle imports optionally: only the UI fragments' test runtimes have
 * them, and the other fragments never load these classes.
 */
package org.annotide.tests.support.workbench;
