/**
 * What the registries of Annotide's extension points do with a contribution that cannot be used (its class is
 * missing, its constructor throws, it answers nonsense): {@link org.annotide.core.extensions.ContributionProblems}
 * logs it once, with the plug-in's name, and hands it to whoever shows problems to the user (the command line
 * prints it on standard error, the workbench shows it once). API for the bundles that own an extension point and
 * for the front ends; plug-ins do not call it. See docs/extending.md.
 */
package org.annotide.core.extensions;
