/** Implementation of the server: routes, JSON, sessions, training hub. Not API. */
package org.annotide.server.internal;
