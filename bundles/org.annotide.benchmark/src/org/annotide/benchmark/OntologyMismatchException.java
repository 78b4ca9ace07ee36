package org.annotide.benchmark;

import java.util.List;

/** The source projects of a training project do not share one ontology; the message lists what differs. */
public final class OntologyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final List<String> differences;

    public OntologyMismatchException(List<String> differences) {
        super("the source projects must have exactly the same ontology:\n  " + String.join("\n  ", differences));
        this.differences = List.copyOf(differences);
    }

    public List<String> differences() {
        return differences;
    }
}
