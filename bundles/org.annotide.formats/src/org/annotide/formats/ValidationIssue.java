package org.annotide.formats;

/**
 * One finding of a {@link ValidationReport}.
 *
 * @param file     the file the item came from, relative to the imported folder where possible
 * @param location where in the file: {@code line 12}, a JSON path, or an XML element path
 * @param reason   what is wrong, in words a user can act on
 */
public record ValidationIssue(Severity severity, String file, String location, String reason) {

    public enum Severity {
        /** The item was left out. */
        REJECTED,
        /** The item was kept, possibly changed; worth a look. */
        WARNING
    }

    @Override
    public String toString() {
        return (severity == Severity.REJECTED ? "rejected " : "warning  ") + file
                + (location == null || location.isEmpty() ? "" : " " + location) + ": " + reason;
    }
}
