
/**
 * The team server's PostgreSQL database: connection settings, the pooled connection with its schema migrations,
 * the users kept there, the hosted projects and their members, and projects whose content lives in the database
 * ({@link org.annotide.server.db.ProjectContent}: import, export, working copies kept equal to the rows by
 * {@link org.annotide.server.db.ProjectWriteThrough}). Used by the server itself and by the command-line verbs that
 * manage it.
 */
package org.annotide.server.db;
