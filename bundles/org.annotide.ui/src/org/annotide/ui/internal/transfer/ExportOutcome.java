package org.annotide.ui.internal.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.formats.ValidationIssue;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.ui.Problems;
import org.eclipse.core.resources.IMarker;

/**
 * What an export says about what its format could not carry. A format loses the same thing for every annotation
 * of a kind (COCO has no ellipses: each one is a polygon), so the dialog names each reason once with how often
 * it happened; the single items go to the Problems view, where they can be sorted and looked up.
 */
public final class ExportOutcome {

    /** Reasons the dialog lists; the rest is counted, the Problems view has them all. */
    public static final int SHOWN_REASONS = 8;

    private ExportOutcome() {
    }

    /** One line per reason, most frequent first: "512 annotation(s): COCO has no ellipses: ...". */
    public static String summary(List<ValidationIssue> issues) {
        Map<String, List<ValidationIssue>> byReason = new LinkedHashMap<>();
        for (ValidationIssue issue : issues) {
            byReason.computeIfAbsent(issue.reason(), reason -> new ArrayList<>()).add(issue);
        }
        List<Map.Entry<String, List<ValidationIssue>>> reasons = new ArrayList<>(byReason.entrySet());
        reasons.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<ValidationIssue>> reason : reasons.subList(0, Math.min(SHOWN_REASONS, reasons.size()))) {
            text.append(text.isEmpty() ? "" : "\n").append(count(reason.getValue())).append(": ").append(reason.getKey());
        }
        if (reasons.size() > SHOWN_REASONS) {
            text.append("\n").append(reasons.size() - SHOWN_REASONS).append(" more reason(s)");
        }
        return text.toString();
    }

    private static String count(List<ValidationIssue> same) {
        boolean annotations = same.stream().allMatch(i -> i.location() != null && i.location().contains("annotation "));
        return same.size() + (annotations ? " annotation(s)" : " item(s)");
    }

    /**
     * Each issue as a Problems entry, as {@link #problems(List)} makes it, pointing at the project's image and
     * annotation when the issue's location names them ("IMAGE annotation ID", as the exporters write it; "image
     * IMAGE ...", as importers write it about an image the project has), so that opening the entry shows the
     * image and, where there is one, the annotation. Used for import reports too.
     */
    public static List<Problems.Problem> problems(List<ValidationIssue> issues, Project project) {
        List<Problems.Problem> problems = problems(issues);
        Map<String, ImageAsset> images = new java.util.HashMap<>();
        for (ImageAsset image : project.getImages()) {
            images.putIfAbsent(image.getName(), image);
        }
        List<Problems.Problem> located = new ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            located.add(locate(problems.get(i), issues.get(i), images));
        }
        return located;
    }

    private static Problems.Problem locate(Problems.Problem problem, ValidationIssue issue, Map<String, ImageAsset> images) {
        String where = issue.location();
        if (where == null) {
            return problem;
        }
        int mark = where.lastIndexOf(" annotation ");
        String imageName = mark < 0 ? where : where.substring(0, mark);
        ImageAsset image = images.get(imageName);
        if (image == null && where.startsWith("image ")) {
            image = imageNamedAtStart(where.substring("image ".length()), images);
        }
        if (image == null) {
            image = images.get(issue.file()); // formats that name the image as the file (VOC, YOLO labels)
        }
        if (image == null) {
            return problem;
        }
        Long annotationId = null;
        if (mark >= 0) {
            try {
                annotationId = Long.parseLong(where.substring(mark + " annotation ".length()).trim());
            } catch (NumberFormatException e) {
                // a location without an id: the image is enough
            }
        } else if (where.startsWith("annotation ")) {
            try {
                annotationId = Long.parseLong(where.substring("annotation ".length()).trim());
            } catch (NumberFormatException e) {
                // as above
            }
        }
        return problem.at(image.getId(), annotationId);
    }

    /** The image whose name the text starts with ("cells-03.png", "cells-03.png, annotation 7"), or null. */
    private static ImageAsset imageNamedAtStart(String text, Map<String, ImageAsset> images) {
        ImageAsset found = null;
        for (Map.Entry<String, ImageAsset> image : images.entrySet()) {
            String name = image.getKey();
            if (name != null && text.startsWith(name) && (text.length() == name.length()
                    || text.charAt(name.length()) == ',' || Character.isWhitespace(text.charAt(name.length())))
                    && (found == null || name.length() > found.getName().length())) {
                found = image.getValue();
            }
        }
        return found;
    }

    /** Each issue as a Problems entry: where (file and item) and what. */
    public static List<Problems.Problem> problems(List<ValidationIssue> issues) {
        return issues.stream().map(issue -> new Problems.Problem(issue.severity() == ValidationIssue.Severity.REJECTED
                ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
                issue.file() + (issue.location() == null ? "" : " " + issue.location()), issue.reason())).toList();
    }
}
