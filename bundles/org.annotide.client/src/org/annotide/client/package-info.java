/**
 * The client of a team server: {@link org.annotide.client.ServerConnection} logs in and talks to the REST API,
 * {@link org.annotide.client.RemoteProject} keeps a server's project as a local mirror (a normal project folder) whose
 * edits are sent to the server and which follows other users' changes over the project WebSocket. Used by the
 * workbench and by tests; no UI types.
 */
package org.annotide.client;
