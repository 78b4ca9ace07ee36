package org.annotide.ui.internal.explorer;

import org.annotide.ui.ProjectService;
import org.eclipse.core.resources.IProject;

/**
 * Shown under a project whose store could not be opened: the reason, in the user's words. Opening it
 * (double-click, Enter, or Try Opening Again in its menu) tries again; nothing else does, see
 * {@link ProjectService#store}.
 */
public record ProblemNode(IProject project, String message) {
}
