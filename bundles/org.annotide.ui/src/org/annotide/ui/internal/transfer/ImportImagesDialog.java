package org.annotide.ui.internal.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.annotide.imaging.ImportRequest;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Which images to add: a folder (searched recursively) or files, a file-name filter, copy or reference, a CSV list. */
final class ImportImagesDialog extends TitleAreaDialog {

    private Text paths;
    private Text filter;
    private Text csv;
    private Button copy;
    private ImportRequest request;

    ImportImagesDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import Images"); // the window's own title, not only the banner's
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Import Images");
        setMessage("PNG, JPEG, BMP, TIFF and BigTIFF (pyramidal too). Files that cannot be read are listed in "
                + "Problems with the reason; the rest is added as one change you can undo.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = DialogParts.body(area, 4);
        new Label(body, SWT.NONE).setText("Folder or files:");
        paths = new Text(body, SWT.BORDER);
        paths.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        paths.setMessage("one path per line, or separated by ';'");
        paths.addModifyListener(event -> validate());
        DialogParts.folderButton(body, paths);
        DialogParts.button(body, "Files...", this::chooseFiles, paths::setText);
        new Label(body, SWT.NONE).setText("File names matching:");
        filter = new Text(body, SWT.BORDER);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        filter.setMessage("a regular expression, e.g. .*\\.tiff?  (empty: every image)");
        filter.addModifyListener(event -> validate());
        new Label(body, SWT.NONE).setText("CSV list (optional):");
        csv = new Text(body, SWT.BORDER);
        csv.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        csv.setMessage("image,label rows; labels become image classes");
        csv.addModifyListener(event -> validate());
        DialogParts.fileButton(body, "CSV...", csv);
        copy = new Button(body, SWT.CHECK);
        copy.setText("Copy the files into the project (otherwise they are referenced where they are)");
        copy.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        return area;
    }

    /** Several files from one folder, joined by ';'; null when cancelled. */
    private String chooseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        if (dialog.open() == null) {
            return null;
        }
        List<String> chosen = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            chosen.add(Path.of(dialog.getFilterPath(), name).toString());
        }
        return String.join(";", chosen);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Import");
        validate();
    }

    private List<Path> chosenPaths() {
        List<Path> chosen = new ArrayList<>();
        for (String part : paths.getText().split("[;\\n]")) {
            if (!part.isBlank()) {
                chosen.add(Path.of(part.trim()));
            }
        }
        return chosen;
    }

    private void validate() {
        String error = null;
        List<Path> chosen = chosenPaths();
        for (Path path : chosen) {
            if (!Files.exists(path)) {
                error = "There is no file or folder " + path;
            }
        }
        try {
            Pattern.compile(filter.getText());
        } catch (PatternSyntaxException e) {
            error = "The file-name filter is not a valid regular expression: " + e.getDescription();
        }
        if (!csv.getText().isBlank() && !Files.isRegularFile(Path.of(csv.getText().trim()))) {
            error = "There is no CSV file " + csv.getText().trim();
        }
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null && (!chosen.isEmpty() || !csv.getText().isBlank()));
        }
    }

    @Override
    protected void okPressed() {
        Pattern pattern = filter.getText().isBlank() ? null : Pattern.compile(filter.getText());
        Path list = csv.getText().isBlank() ? null : Path.of(csv.getText().trim());
        request = new ImportRequest(chosenPaths(), pattern, copy.getSelection(), list);
        super.okPressed();
    }

    ImportRequest request() {
        return request;
    }
}
