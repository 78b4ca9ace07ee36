package org.annotide.ui.evaluation.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the trainer-evaluation perspective: a header saying who is logged in and which training project is
 * shown, and a body that rebuilds whenever the {@link EvaluationContext} changes (user, project, model).
 */
abstract class EvaluationViewPart extends ViewPart {

    /** The data key tests find controls by (the test support's Widgets.ROLE). */
    static final String ROLE = "annotide.role";

    protected EvaluationContext context;
    protected Label header;
    /** Says why the body is empty or limited: nobody logged in, a role that may not see this. */
    protected Label notice;
    private final Runnable listener = this::update;

    @Override
    public final void createPartControl(Composite parent) {
        context = EvaluationContext.get();
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        header.setData(ROLE, "header");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        notice = new Label(parent, SWT.WRAP);
        notice.setData(ROLE, "notice");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
        createBody(parent);
        context.addListener(listener);
        update();
    }

    /** Builds the view's controls under the header. */
    protected abstract void createBody(Composite parent);

    /** Fills the controls for the current user and project; says in {@link #notice} what is hidden and why. */
    protected abstract void refresh();

    /** The notice's text, or "" for none. */
    protected void say(String text) {
        notice.setText(text == null ? "" : text);
        ((org.eclipse.swt.layout.GridData) notice.getLayoutData()).exclude = text == null || text.isEmpty();
        notice.setVisible(text != null && !text.isEmpty());
    }

    public final void update() {
        if (header == null || header.isDisposed()) {
            return;
        }
        header.setText(context.header());
        refresh();
        header.getParent().layout(true, true);
    }

    /** The notice's current text (for tests and for the user). */
    public String noticeText() {
        return notice.getText();
    }

    @Override
    public void setFocus() {
        header.getParent().setFocus();
    }

    @Override
    public void dispose() {
        if (context != null) {
            context.removeListener(listener);
        }
        super.dispose();
    }
}
