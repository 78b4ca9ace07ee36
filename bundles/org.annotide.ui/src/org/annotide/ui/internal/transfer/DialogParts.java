package org.annotide.ui.internal.transfer;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/** The pieces the transfer dialogs are built of: a body of labelled rows, and buttons that browse for a path. */
final class DialogParts {

    private DialogParts() {
    }

    /** A body filling the dialog area, laid out in {@code columns} columns. */
    static Composite body(Composite area, int columns) {
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(columns, false));
        return body;
    }

    /** A button that puts a folder chosen in the system's dialog into the text. */
    static Button folderButton(Composite parent, Text target) {
        return button(parent, "Folder...", () -> new DirectoryDialog(parent.getShell()).open(), target::setText);
    }

    /** A button that puts a file chosen in the system's dialog into the text. */
    static Button fileButton(Composite parent, String label, Text target) {
        return button(parent, label, () -> new FileDialog(parent.getShell(), SWT.OPEN).open(), target::setText);
    }

    /** A button that asks {@code choose} for a path and hands what was chosen (not a cancel) to {@code use}. */
    static Button button(Composite parent, String label, Supplier<String> choose,
            Consumer<String> use) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, event -> {
            String chosen = choose.get();
            if (chosen != null) {
                use.accept(chosen);
            }
        });
        return button;
    }
}
