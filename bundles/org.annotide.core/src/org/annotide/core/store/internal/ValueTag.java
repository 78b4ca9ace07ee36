package org.annotide.core.store.internal;

/** Type tags that make every stored value self-describing, so unknown features can be skipped. */
final class ValueTag {
    static final int NULL = 0;
    static final int FALSE = 1;
    static final int TRUE = 2;
    static final int INT = 3;
    static final int LONG = 4;
    static final int DOUBLE = 5;
    static final int FLOAT = 6;
    static final int STRING = 7;
    static final int DATE = 8;
    static final int ENUM = 9;
    static final int DOUBLES = 10;
    static final int INTS = 11;
    static final int OBJECT = 12;
    static final int REFERENCE = 13;
    static final int LIST = 14;
    static final int TEXT_FORM = 15;
    static final int ADOPT = 16;
    /** A reference to an object not yet in the project, which a later change of the same record adds. */
    static final int PENDING = 17;
    /** A contained object that earlier changes of the same record referred to as PENDING. */
    static final int PENDING_OBJECT = 18;
    /** A reference into an object the same record removed from the project (slot, then a path inside it). */
    static final int STASHED = 19;

    private ValueTag() {
    }
}
