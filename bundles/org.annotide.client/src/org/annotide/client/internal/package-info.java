/** Implementation of the client: the outbox of unsent edits, the recorder of local edits, the mirror's updates. Not API. */
package org.annotide.client.internal;
