package org.annotide.ui.training.internal;

/** The data key that names a control's role, for tests that look controls up (the test support's Widgets.ROLE). */
final class Roles {

    static final String KEY = "annotide.role";

    private Roles() {
    }
}
