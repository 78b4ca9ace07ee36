/** Implementation of the DJL trainers; not API. */
package org.annotide.ml.djl.internal;
