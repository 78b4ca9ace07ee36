/** The built-in strategies and helpers of {@code org.annotide.al}; not API. */
package org.annotide.al.internal;
