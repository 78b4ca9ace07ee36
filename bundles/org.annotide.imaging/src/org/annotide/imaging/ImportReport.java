package org.annotide.imaging;

import java.util.List;

/**
 * What an import did: the images added (by one undoable command), and every input it rejected with
 * the reason, while the rest was imported.
 *
 * @param imported            images added to the project
 * @param labelClassesCreated label classes created for labels the CSV named
 * @param labelsAdded         image-level class annotations added
 * @param rejected            what was not imported and why
 * @param commandLabel        the label of the undoable command, or null when nothing was imported
 */
public record ImportReport(int imported, int labelClassesCreated, int labelsAdded, List<Rejection> rejected,
        String commandLabel) {

    /**
     * One input that was not imported.
     *
     * @param source the file, or {@code CSV-FILE:LINE} for a row of a CSV list
     * @param reason why, in words
     */
    public record Rejection(String source, String reason) {
        @Override
        public String toString() {
            return source + ": " + reason;
        }
    }

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public boolean hasRejections() {
        return !rejected.isEmpty();
    }
}
