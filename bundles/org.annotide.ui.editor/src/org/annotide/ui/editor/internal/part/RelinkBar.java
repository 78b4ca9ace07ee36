package org.annotide.ui.editor.internal.part;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Link;

/**
 * The bar above the canvas that says why the pixels of the image cannot be shown (its file is gone, it has no
 * location, its format is unknown, it lost its id) and offers to relink it to a file: one undoable change that
 * sets the image's location and format, and gives it an id when it has none. Hidden while the image shows.
 */
final class RelinkBar {

    private final Composite bar;
    private final Link text;
    private final Consumer<Path> relink;
    private ImageAsset image;

    /** @param relink runs with the file the user chose */
    RelinkBar(Composite parent, Consumer<Path> relink) {
        this.relink = relink;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 4;
        bar.setLayout(layout);
        bar.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        text = new Link(bar, SWT.WRAP);
        text.setData("annotide.role", "relink");
        text.setBackground(bar.getBackground());
        text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Selection, event -> choose());
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        bar.setLayoutData(data);
        show(null, null);
    }

    Composite control() {
        return bar;
    }

    /** Shows why the image cannot be shown and the offer to relink it; hides the bar with a null problem. */
    void show(ImageAsset shown, String problem) {
        image = shown;
        boolean visible = problem != null;
        String why = problem == null ? "" : problem + missing(shown);
        text.setText(visible ? why.replace("&", "&&") + "  <a>Relink to a file...</a>" : "");
        text.setToolTipText(visible ? "Choose the image file; the annotations stay as they are (Ctrl+Z undoes)" : null);
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    /** What else is wrong with the image's record, said plainly. */
    private static String missing(ImageAsset image) {
        if (image == null) {
            return "";
        }
        StringBuilder more = new StringBuilder();
        if (image.getId() == null || image.getId().isEmpty()) {
            more.append(" The image has no id.");
        }
        if (image.getFormat() == null || image.getFormat().isEmpty()) {
            more.append(" Its format is not known.");
        }
        return more.toString();
    }

    private void choose() {
        if (image == null) {
            return;
        }
        FileDialog dialog = new FileDialog(bar.getShell(), SWT.OPEN);
        dialog.setText("Relink " + image.getName());
        dialog.setFileName(image.getName());
        String chosen = dialog.open();
        if (chosen != null) {
            relink.accept(Path.of(chosen));
        }
    }

    /** The undoable change that points the image at the file (relative inside the project folder). */
    static Command relinkCommand(ProjectStore store, ImageAsset image, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = store.folder().toAbsolutePath().normalize();
        String location = absolute.startsWith(folder) ? folder.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        CompoundCommand command = new CompoundCommand("Relink Image");
        command.append(SetCommand.create(store.editingDomain(), image, Literals.IMAGE_ASSET__LOCATION, location));
        if (dot > 0 && Files.isRegularFile(absolute)) {
            command.append(SetCommand.create(store.editingDomain(), image, Literals.IMAGE_ASSET__FORMAT,
                    name.substring(dot + 1).toLowerCase(Locale.ROOT)));
        }
        if (image.getId() == null || image.getId().isEmpty()) {
            command.append(SetCommand.create(store.editingDomain(), image, Literals.IDENTIFIED__ID,
                    UUID.randomUUID().toString()));
        }
        return command;
    }
}
