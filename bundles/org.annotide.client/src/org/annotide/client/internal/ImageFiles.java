package org.annotide.client.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.annotide.client.ServerException;
import org.annotide.imaging.DefaultImageService;
import org.annotide.model.ImageAsset;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The files of the mirror's images: where the mirror keeps a server's image, fetching it from the server (whole when it
 * is small; a large one's pyramid is described and its tiles come as they are shown, {@link RemoteTiles}), finding the
 * file of an image imported into the mirror for its upload, and the media type the server asks of that upload.
 */
public final class ImageFiles {

    /** An image imported into the mirror, ready to upload: its name and file, or why it cannot be sent. */
    public record Upload(String name, Path file, String problem) {
    }

    /**
     * An image of more pixels than this is not downloaded whole: 16 megapixels, a file of tens of megabytes at most
     * (a 4096 x 4096 RGB image is 48 MB before compression), which a mirror fetches in seconds; a slide of gigapixels
     * would take gigabytes of which a user looks at a few tiles.
     */
    public static final long WHOLE_IMAGE_PIXELS = 4096L * 4096L;

    /** The folder of the mirror (relative to it) where it keeps the files it fetched from the server. */
    public static final String FILES_FOLDER = "files";

    private final Mirror mirror;
    private final RemoteTiles tiles;

    public ImageFiles(Mirror mirror, RemoteTiles tiles) {
        this.mirror = mirror;
        this.tiles = tiles;
    }

    /** Whether the mirror shows a server's image tile by tile rather than from its whole file. */
    public static boolean tiled(JsonNode image) {
        return image.path("width").asLong() * image.path("height").asLong() > WHOLE_IMAGE_PIXELS;
    }

    /**
     * Fetches what the mirror needs of a server's image and has not got (network; not on the owner thread): a small
     * image's file into {@code file}, a large one's pyramid description.
     */
    public void fetch(JsonNode image, Path file) throws ServerException {
        String id = image.get("id").asText();
        if (tiled(image)) {
            tiles.describe(id);
        } else if (!Files.exists(file)) {
            download(id, file);
        }
    }

    /** Where the mirror keeps the file of a server's image, relative to its folder. */
    public static String location(JsonNode image) {
        return FILES_FOLDER + "/" + image.get("id").asText().replaceAll("[^A-Za-z0-9._-]", "_") + extension(image);
    }

    /**
     * Deletes what the mirror fetched of an image the server removed (its file at {@code location}, its tiles); a file
     * that cannot be deleted now stays, as it harms nothing.
     */
    public static void forget(Path folder, String location, String id) {
        try {
            Files.deleteIfExists(folder.resolve(location));
        } catch (IOException e) {
            // kept: a file nothing refers to
        }
        RemoteTiles.forget(folder, id);
    }

    private static String extension(JsonNode image) {
        String name = image.path("name").asText("");
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 6) {
            return name.substring(dot).toLowerCase(Locale.ROOT);
        }
        String format = image.path("format").asText("");
        return format.isEmpty() ? "" : "." + format.toLowerCase(Locale.ROOT);
    }

    /** Downloads the file of the server's image into the mirror's file (network; not on the owner thread). */
    public void download(String id, Path file) throws ServerException {
        mirror.connection().download(mirror.api() + "/images/" + id + "/file", file);
    }

    /** Downloads the file of an image another user added, unless the mirror has it; false when that failed. */
    public boolean fetched(JsonNode image) {
        String id = image.path("id").asText(null);
        if (id == null) {
            return false;
        }
        try {
            fetch(image, mirror.store().folder().resolve(location(image)));
            return true;
        } catch (ServerException e) {
            return false; // the server went away meanwhile (its socket closes too): reconnecting catches up
        }
    }

    /** The image's upload as the mirror has it now, or null when it left the mirror; on the owner thread. */
    public Upload upload(String id) {
        ImageAsset image = mirror.image(id);
        if (image == null) {
            return null;
        }
        try {
            Path file = DefaultImageService.locate(mirror.store().folder(), image);
            return Files.isRegularFile(file) ? new Upload(image.getName(), file, null)
                    : new Upload(image.getName(), null, "its file " + file + " is missing");
        } catch (IOException e) {
            return new Upload(image.getName(), null, e.getMessage());
        }
    }

    /** The media type the server asks of an upload: the image's by its extension, else plain bytes. */
    public static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "tif", "tiff" -> "image/tiff";
            case "bmp" -> "image/bmp";
            default -> "application/octet-stream";
        };
    }
}
