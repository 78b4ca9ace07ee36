/** Scratch PostgreSQL databases for the tests of the team server, its CLI verbs and its clients. */
package org.annotide.tests.support.db;
