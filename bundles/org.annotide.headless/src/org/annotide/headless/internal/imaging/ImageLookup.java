package org.annotide.headless.internal.imaging;

import java.util.List;

import org.annotide.headless.UsageException;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;

/** Finds an image of a project by id or, failing that, by name. */
final class ImageLookup {

    private ImageLookup() {
    }

    static ImageAsset find(Project project, String idOrName) {
        for (ImageAsset image : project.getImages()) {
            if (idOrName.equals(image.getId())) {
                return image;
            }
        }
        List<ImageAsset> named = project.getImages().stream().filter(image -> idOrName.equals(image.getName())).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new UsageException("the project has no image with the id or name '" + idOrName + "'");
        }
        throw new UsageException(named.size() + " images are named '" + idOrName + "'; give the id of one: "
                + String.join(", ", named.stream().map(ImageAsset::getId).toList()));
    }
}
