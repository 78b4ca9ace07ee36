/** Annotide UI. */
package org.annotide.ui;
