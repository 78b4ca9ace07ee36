/**
 * Holds what a team server sends to the OpenAPI document it serves: its answers and its WebSocket messages, as the
 * server's tests and its clients' tests receive them.
 */
package org.annotide.tests.support.openapi;
