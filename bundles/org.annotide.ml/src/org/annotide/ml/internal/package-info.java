/** Implementation of org.annotide.ml; not API. */
package org.annotide.ml.internal;
