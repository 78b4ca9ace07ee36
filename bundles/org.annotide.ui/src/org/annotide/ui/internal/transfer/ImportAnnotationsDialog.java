package org.annotide.ui.internal.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.formats.FormatDescriptor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Where to import annotations from, in which format (or detected), and whether to refuse partial imports. */
final class ImportAnnotationsDialog extends TitleAreaDialog {

    private final List<FormatDescriptor> formats;
    private Text source;
    private Combo format;
    private Button strict;
    private Path chosenSource;
    private FormatDescriptor chosenFormat;
    private boolean chosenStrict;

    ImportAnnotationsDialog(Shell shell, List<FormatDescriptor> formats) {
        super(shell);
        this.formats = formats;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import Annotations"); // the window's own title, not only the banner's
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Import Annotations");
        setMessage("COCO, YOLO, Pascal VOC, CVAT, Label Studio, simple JSON or CSV: a file or a dataset folder. "
                + "Everything valid is imported as one change you can undo; what is rejected is listed in Problems.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = DialogParts.body(area, 4);
        new Label(body, SWT.NONE).setText("Source:");
        source = new Text(body, SWT.BORDER);
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        source.addModifyListener(event -> validate());
        DialogParts.fileButton(body, "File...", source);
        DialogParts.folderButton(body, source);
        new Label(body, SWT.NONE).setText("Format:");
        format = new Combo(body, SWT.READ_ONLY);
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        format.add("Detect from the files");
        formats.forEach(f -> format.add(f.name() + " (" + f.id() + ")"));
        format.select(0);
        strict = new Button(body, SWT.CHECK);
        strict.setText("Import nothing if anything is rejected");
        strict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Import");
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        String text = source.getText().trim();
        boolean exists = !text.isEmpty() && Files.exists(Path.of(text));
        setErrorMessage(text.isEmpty() || exists ? null : "There is no file or folder " + text);
        if (ok != null) {
            ok.setEnabled(exists);
        }
    }

    @Override
    protected void okPressed() {
        chosenSource = Path.of(source.getText().trim());
        chosenFormat = format.getSelectionIndex() <= 0 ? null : formats.get(format.getSelectionIndex() - 1);
        chosenStrict = strict.getSelection();
        super.okPressed();
    }

    Path source() {
        return chosenSource;
    }

    /** Null: detect. */
    FormatDescriptor format() {
        return chosenFormat;
    }

    boolean strict() {
        return chosenStrict;
    }
}
