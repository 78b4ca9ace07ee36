package org.annotide.formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an import or export found wrong with its input: every rejected item with its file, its location
 * (a line, a JSON path such as {@code $.annotations[17].segmentation}, or an XML element path) and the
 * reason, and every item that was kept but changed on the way (warnings).
 *
 * <p>Only the first {@link #MAX_RECORDED} issues are kept in memory so that a hopeless file cannot exhaust
 * the heap; the counts always include every issue.
 */
public final class ValidationReport {

    /** How many issues are kept with their details. */
    public static final int MAX_RECORDED = 10_000;

    private final List<ValidationIssue> issues = new ArrayList<>();
    private long rejected;
    private long warnings;
    private long accepted;
    private long unreadableFiles;

    /** Records an item that was not imported (or not exported). */
    public void reject(String file, String location, String reason) {
        rejected++;
        record(new ValidationIssue(ValidationIssue.Severity.REJECTED, file, location, reason));
    }

    /**
     * Records a file that cannot be parsed as a whole (JSON or XML cut short, broken YAML, ...): it counts as
     * one rejection, and {@link Dataset#readWhole} takes back whatever the file had contributed.
     */
    public void rejectFile(String file, String location, String reason) {
        unreadableFiles++;
        reject(file, location, reason);
    }

    /** How many files were rejected as a whole (see {@link #rejectFile}). */
    public long unreadableFileCount() {
        return unreadableFiles;
    }

    /** Records an item that was kept but changed, or a doubt worth knowing about. */
    public void warn(String file, String location, String reason) {
        warnings++;
        record(new ValidationIssue(ValidationIssue.Severity.WARNING, file, location, reason));
    }

    /** Counts items that were read (or written) as they are. */
    public void accepted(long count) {
        accepted += count;
    }

    private void record(ValidationIssue issue) {
        if (issues.size() < MAX_RECORDED) {
            issues.add(issue);
        }
    }

    public List<ValidationIssue> issues() {
        return Collections.unmodifiableList(issues);
    }

    public long rejectedCount() {
        return rejected;
    }

    public long warningCount() {
        return warnings;
    }

    public long acceptedCount() {
        return accepted;
    }

    public boolean hasRejections() {
        return rejected > 0;
    }

    /** One line per issue, then a summary line. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (ValidationIssue issue : issues) {
            text.append(issue).append('\n');
        }
        long unlisted = rejected + warnings - issues.size();
        if (unlisted > 0) {
            text.append("... and ").append(unlisted).append(" more issue(s) not listed\n");
        }
        text.append(summary());
        return text.toString();
    }

    public String summary() {
        return accepted + " item(s) accepted, " + rejected + " rejected, " + warnings + " warning(s)";
    }

    /** The report as one JSON object (counts and the list of issues), to embed in a JSON of one's own. */
    public ObjectNode toJsonTree() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("accepted", accepted).put("rejected", rejected).put("warnings", warnings);
        ArrayNode list = json.putArray("issues");
        for (ValidationIssue issue : issues) {
            list.addObject().put("severity", issue.severity().name().toLowerCase()).put("file", issue.file())
                    .put("location", issue.location()).put("reason", issue.reason());
        }
        return json;
    }
}
