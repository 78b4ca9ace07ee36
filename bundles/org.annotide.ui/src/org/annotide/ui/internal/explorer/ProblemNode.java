package org.annotide.ui.internal.explorer;

import org.eclipse.core.resources.IProject;

/** Shown under a project whose store could not be opened: the reason, in the user's words. */
public record ProblemNode(IProject project, String message) {
}
