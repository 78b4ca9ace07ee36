package org.annotide.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionService;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;

/** Sets the task status of images and tiles of a project: one undoable command, for Admins and Team Managers. */
public final class TaskStatuses {

    private TaskStatuses() {
    }

    /**
     * Sets the status of every image whose name (or location) matches {@code images} (all when null), and of
     * their tiles, as one command.
     *
     * @return how many images and tiles were set
     * @throws org.annotide.access.PermissionDeniedException unless the user may control assignments and status
     */
    public static int set(ProjectStore store, Account user, PermissionService permissions, Pattern images,
            SourceStatus status) {
        List<ImageAsset> matching = new ArrayList<>();
        for (ImageAsset image : store.project().getImages()) {
            if (images == null || images.matcher(nullToEmpty(image.getName())).find()
                    || images.matcher(nullToEmpty(image.getLocation())).find()) {
                matching.add(image);
            }
        }
        return setImages(store, user, permissions, matching, status);
    }

    /**
     * Sets the status of these images of the project, and of their tiles, as one command (the server's route for one
     * image names it by id, not by a pattern).
     *
     * @return how many images and tiles were set
     * @throws org.annotide.access.PermissionDeniedException unless the user may control assignments and status
     */
    public static int setImages(ProjectStore store, Account user, PermissionService permissions, List<ImageAsset> images,
            SourceStatus status) {
        permissions.check(user, Action.CONTROL_ASSIGNMENTS_AND_STATUS, store.project());
        CompoundCommand command = new CompoundCommand("Set task status to " + status.label());
        List<Object> changed = new ArrayList<>();
        for (ImageAsset image : images) {
            command.append(SetCommand.create(store.editingDomain(), image,
                    AnnotidePackage.Literals.IMAGE_ASSET__STATUS, status.stored()));
            changed.add(image);
            for (Tile tile : image.getTiles()) {
                command.append(SetCommand.create(store.editingDomain(), tile, AnnotidePackage.Literals.TILE__STATUS,
                        status.stored()));
                changed.add(tile);
            }
        }
        if (!changed.isEmpty()) {
            store.commandStack().execute(command.unwrap());
        }
        return changed.size();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
