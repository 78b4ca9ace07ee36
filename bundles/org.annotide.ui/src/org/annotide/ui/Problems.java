package org.annotide.ui;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Problem markers for the Problems view: what an import rejected (file and location) or what recovery
 * noticed. Markers are replaced per source, so running an import again shows only its latest report.
 */
public final class Problems {

    /** Marker attribute naming what produced the marker ("import", "recovery", ...). */
    public static final String SOURCE = "annotideSource";

    /** Marker attribute: the id of the project's image the problem is about, when it is about one. */
    public static final String IMAGE = "annotideImage";
    /** Marker attribute: the id (as text) of the annotation the problem is about, when it is about one. */
    public static final String ANNOTATION = "annotideAnnotation";

    /**
     * One problem: where (a file, a line or JSON path) and what; and, when it is about something in the project,
     * the image's id and the annotation's id (null when not), so that opening the marker shows it.
     */
    public record Problem(int severity, String location, String message, String imageId, Long annotationId) {

        public Problem(int severity, String location, String message) {
            this(severity, location, message, null, null);
        }

        /** The same problem, pointing at an image of the project and one of its annotations (or null). */
        public Problem at(String image, Long annotation) {
            return new Problem(severity, location, message, image, annotation);
        }

        public static Problem warning(String location, String message) {
            return new Problem(IMarker.SEVERITY_WARNING, location, message);
        }

        public static Problem error(String location, String message) {
            return new Problem(IMarker.SEVERITY_ERROR, location, message);
        }
    }

    private Problems() {
    }

    /** Replaces the markers of this source on the resource, in a workspace job (safe from any thread). */
    public static void report(IResource resource, String source, List<Problem> problems) {
        WorkspaceJob job = new WorkspaceJob("Reporting problems") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!resource.isAccessible()) {
                    return Status.OK_STATUS;
                }
                for (IMarker marker : resource.findMarkers(AnnotideUi.PROBLEM_MARKER_ID, true, IResource.DEPTH_ZERO)) {
                    if (source.equals(marker.getAttribute(SOURCE, ""))) {
                        marker.delete();
                    }
                }
                for (Problem problem : problems) {
                    IMarker marker = resource.createMarker(AnnotideUi.PROBLEM_MARKER_ID);
                    marker.setAttribute(IMarker.SEVERITY, problem.severity());
                    marker.setAttribute(IMarker.MESSAGE, problem.message());
                    marker.setAttribute(IMarker.LOCATION, problem.location());
                    marker.setAttribute(SOURCE, source);
                    if (problem.imageId() != null) {
                        marker.setAttribute(IMAGE, problem.imageId());
                    }
                    if (problem.annotationId() != null) {
                        marker.setAttribute(ANNOTATION, problem.annotationId().toString());
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(resource);
        job.setSystem(true);
        job.schedule();
    }
}
