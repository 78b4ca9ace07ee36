/** Annotide Imaging. */
package org.annotide.imaging;
