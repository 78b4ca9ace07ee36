/** Annotide Formats. */
package org.annotide.formats;
