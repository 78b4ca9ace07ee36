/**
 * The workbench's login dialog (log in, the first Admin, an invited user's first password), for any UI bundle
 * that needs someone logged in before it goes on, and for UI tests. Who is logged in is the
 * {@link org.annotide.ui.UserSession} service's answer.
 */
package org.annotide.ui.login;
