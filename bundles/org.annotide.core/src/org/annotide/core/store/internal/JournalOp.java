package org.annotide.core.store.internal;

/** Operation codes of journal records: one per kind of EMF notification that changes the model. */
final class JournalOp {
    static final int SET = 1;
    static final int UNSET = 2;
    static final int ADD = 3;
    static final int ADD_MANY = 4;
    static final int REMOVE = 5;
    static final int REMOVE_MANY = 6;
    static final int MOVE = 7;
    /** An object outside the project that the record referred to and never added: its content, for limbo. */
    static final int LIMBO = 8;

    private JournalOp() {
    }
}
