/** Annotide Headless. */
package org.annotide.headless;
