/**
 * The team server's PostgreSQL database: connection settings, the pooled connection with its schema migrations,
 * and the users kept there. Used by the server itself and by the command-line verbs that manage it.
 */
package org.annotide.server.db;
