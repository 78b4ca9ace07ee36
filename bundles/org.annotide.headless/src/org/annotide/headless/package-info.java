/**
 * The command line's extension API: a verb implements {@link org.annotide.headless.CliVerb} (named
 * {@code …Verb}), parses its {@link org.annotide.headless.Args}, talks through the
 * {@link org.annotide.headless.CliContext} and is registered as a Declarative Services component by the bundle
 * that provides it; {@link org.annotide.headless.FileTrees} holds chores verbs share, and
 * {@link org.annotide.headless.CliRunner} runs the command line in-process (for the tests of verbs). For
 * Annotide bundles and plug-ins that add verbs to {@code annotide-cli}.
 */
package org.annotide.headless;
