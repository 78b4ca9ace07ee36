/**
 * Who may do what: the users of a workspace or project folder with their roles (Admin, Team Manager, Annotator),
 * password checks ({@link org.annotide.access.UserDirectory}), and the one {@link org.annotide.access.PermissionService}
 * that every layer asks (workbench commands and views, the command line, the server). No UI types; any bundle may
 * use it.
 */
package org.annotide.access;
