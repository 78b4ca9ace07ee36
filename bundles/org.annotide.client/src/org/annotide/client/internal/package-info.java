/**
 * Implementation of the client: the outbox of unsent edits, the recorder of local edits, the mirror's updates, and the
 * parts of the sync engine behind {@code RemoteProject} (catching up, the socket's events, the senders). Not API.
 */
package org.annotide.client.internal;
