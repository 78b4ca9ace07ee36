package org.annotide.model.edit;

import java.util.Locale;

import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.MaskShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Provenance;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;

/** The texts the item providers show for the main model objects: what a user recognises them by. */
public final class Labels {

    private Labels() {
    }

    public static String annotation(Annotation annotation) {
        StringBuilder text = new StringBuilder();
        text.append(annotation.getLabelClass() == null ? "(no class)" : annotation.getLabelClass().getName());
        text.append(' ').append(shapeName(annotation.getShape()));
        text.append(" #").append(annotation.getId());
        if (annotation.getProvenance() == Provenance.PREDICTED) {
            text.append(String.format(Locale.ROOT, "  predicted %.2f", annotation.getScore()));
        }
        if (annotation.isHidden()) {
            text.append("  (hidden)");
        }
        return text.toString();
    }

    public static String shapeName(Shape shape) {
        return shape == null ? "(no shape)" : shape.getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String shape(Shape shape) {
        String name = shapeName(shape);
        return switch (shape) {
            case BoxShape box -> String.format(Locale.ROOT, "%s %.0f\u00d7%.0f at (%.0f, %.0f)", name, box.getWidth(),
                    box.getHeight(), box.getX(), box.getY());
            case RotatedBoxShape box -> String.format(Locale.ROOT, "%s %.0f\u00d7%.0f at (%.0f, %.0f), %.1f\u00b0", name,
                    box.getWidth(), box.getHeight(), box.getCx(), box.getCy(), box.getAngle());
            case PolygonShape polygon -> name + " (" + count(polygon.getPoints()) + " vertices"
                    + (polygon.getRingEnds() != null && polygon.getRingEnds().length > 1
                            ? ", " + polygon.getRingEnds().length + " rings" : "") + ")";
            case PolylineShape polyline -> name + " (" + count(polyline.getPoints()) + " vertices)";
            case KeypointsShape keypoints -> name + " (" + count(keypoints.getPoints()) + " points)";
            case MaskShape mask -> String.format(Locale.ROOT, "%s %d\u00d7%d at (%d, %d)", name, mask.getWidth(),
                    mask.getHeight(), mask.getX(), mask.getY());
            case EllipseShape ellipse -> String.format(Locale.ROOT, "%s r %.0f\u00d7%.0f at (%.0f, %.0f)", name,
                    ellipse.getRx(), ellipse.getRy(), ellipse.getCx(), ellipse.getCy());
            case null -> "(no shape)";
            default -> name;
        };
    }

    public static String image(ImageAsset image) {
        return (image.getName() == null ? "(unnamed image)" : image.getName()) + "  " + image.getWidth() + "\u00d7"
                + image.getHeight();
    }

    public static String tile(Tile tile) {
        String image = tile.getImage() == null || tile.getImage().getName() == null ? "" : tile.getImage().getName() + " ";
        return image + "tile " + tile.getTileIndex() + " [r" + tile.getRow() + " c" + tile.getColumn() + "]";
    }

    public static String trainingSet(TrainingSet set) {
        return (set.getName() == null ? "(unnamed set)" : set.getName()) + " (" + set.getTiles().size() + " tiles)";
    }

    private static int count(double[] points) {
        return points == null ? 0 : points.length / 2;
    }
}
