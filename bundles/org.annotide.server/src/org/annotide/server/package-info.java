/**
 * The team server: {@link org.annotide.server.AnnotideServer} serves project folders (through the journaled
 * store) over HTTP with a REST and WebSocket API under {@code /api/v1}, bearer-token authentication and the one
 * permission service of {@code org.annotide.access}. Used by the command line ({@code annotide-cli serve}) and by
 * tests; no UI types.
 */
package org.annotide.server;
