package org.annotide.headless.internal.imaging;

import java.util.Locale;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.imaging.TileGrid;
import org.annotide.imaging.TileImageCommand;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.IProgressMonitor;

/** {@code annotide-cli tile PROJECT IMAGE --size 1024 --overlap 64}: cuts an image into tiles, undoably. */
public final class TileVerb implements CliVerb {

    @Override
    public String name() {
        return "tile";
    }

    @Override
    public String summary() {
        return "Cut an image into tiles of a size with overlap (replaces its earlier tiles)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli tile PROJECT IMAGE [--size 1024] [--overlap 64] [--edge shift|clip]

                Cuts the image IMAGE (its id or its name) of the project folder PROJECT into square tiles of
                SIZE pixels, each sharing OVERLAP pixels with its neighbours, row by row from the top left.
                Tiles are windows onto the image: annotations stay on the image and show on every tile they
                intersect. Tiling again replaces the image's tiles; the old tiles leave the training sets
                that held them. One undoable change.

                Options:
                  --size N       tile width and height in pixels (default 1024)
                  --overlap N    pixels shared by neighbouring tiles, 0 to SIZE-1 (default 64)
                  --edge MODE    shift: every tile full size, the last row and column end at the image
                                 edge (default); clip: tiles stay on the grid and are cut at the edge

                Example:
                  annotide-cli tile my-project slide-01.tif --size 1024 --overlap 64""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("size", "overlap", "edge");
    }

    @Override
    public int run(CliContext context, Args args) {
        args.expectPositionals(2, 2);
        TileGrid grid;
        try {
            grid = new TileGrid(args.intOption("size", 1024), args.intOption("overlap", 64), edge(args.option("edge", "shift")));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        IProgressMonitor progress = context.progress();
        try (ProjectStore store = ProjectStore.open(args.path(0, "PROJECT"))) {
            ImageAsset image = ImageLookup.find(store.project(), args.positional(1, "IMAGE"));
            progress.beginTask("Tiling " + image.getName(), 2);
            TileImageCommand command = TileImageCommand.create(store.editingDomain(), image, grid);
            progress.worked(1);
            store.commandStack().execute(command);
            progress.done();
            context.out().println(command.getLabel());
            context.out().printf(Locale.ROOT, "Tiles          %d (%d x %d)%n", command.tiles().size(),
                    grid.count(image.getWidth()), grid.count(image.getHeight()));
        }
        return OK;
    }

    private static TileGrid.Edge edge(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "shift" -> TileGrid.Edge.SHIFT;
            case "clip" -> TileGrid.Edge.CLIP;
            default -> throw new UsageException("--edge must be shift or clip, not '" + value + "'");
        };
    }
}
