package org.annotide.server.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.annotide.access.Action;
import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.model.ImageAsset;
import org.eclipse.jetty.http.HttpHeader;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An image's resolution pyramid, the same one the editor draws from (org.annotide.imaging: the file's own levels,
 * the project's pyramid cache, or level 0 only), and its 256-pixel tiles as PNG. A tile's ETag names the image file's
 * size and modification time, so a client's cached tile stays valid until the file changes.
 */
final class TileRoutes {

    static final int TILE_SIZE = 256;

    private final ServerCore core;
    /** One service for the server: it holds the decoded-tile cache that every request shares. */
    private final DefaultImageService images = new DefaultImageService();

    TileRoutes(ServerCore core) {
        this.core = core;
    }

    /** What {@link #pyramid} answers. */
    private static final Schema PYRAMID = Schema.object(Schema.field("image", Schema.string()),
            Schema.field("width", Schema.integer()), Schema.field("height", Schema.integer()),
            Schema.field("tile_size", Schema.integer(), "a tile's side in pixels"),
            Schema.field("format", Schema.string(), "png"),
            Schema.field("levels", Schema.array(Schema.object(Schema.field("level", Schema.integer(), "0: full size"),
                    Schema.field("downsample", Schema.number()), Schema.field("width", Schema.integer()),
                    Schema.field("height", Schema.integer()), Schema.field("columns", Schema.integer()),
                    Schema.field("rows", Schema.integer())))));

    void register() {
        core.route("GET", "/projects/{project}/images/{image}/pyramid",
                "The image's resolution levels: sizes, downsample factors and 256-pixel tile grid", this::pyramid)
                .answers(PYRAMID);
        core.route("GET", "/projects/{project}/images/{image}/tiles/{level}/{x}/{y}",
                "One tile of a level as PNG (256 pixels, clipped at the level's right and bottom edges); ETag and "
                        + "If-None-Match (304)", this::tile).answersBytes("image/png")
                .alsoAnswering(304, "not modified: the If-None-Match names the tile's ETag");
    }

    private record Source(ImageAsset image, Path folder, Path file) {
    }

    private Source source(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        ImageAsset image;
        Path file;
        synchronized (store) {
            image = ServerCore.image(store, call);
            file = ServerCore.fileOf(store, image);
        }
        return new Source(image, store.folder(), file);
    }

    private ImagePyramid open(Source source) {
        try {
            return images.open(source.folder(), source.image());
        } catch (IOException e) {
            throw new ApiException(404, "the image '" + source.image().getId() + "' cannot be read: " + e.getMessage());
        }
    }

    private Reply pyramid(Call call) {
        Source source = source(call);
        try (ImagePyramid pyramid = open(source)) {
            ObjectNode json = Json.object();
            json.put("image", source.image().getId());
            json.put("width", pyramid.width());
            json.put("height", pyramid.height());
            json.put("tile_size", TILE_SIZE);
            json.put("format", "png");
            ArrayNode levels = json.putArray("levels");
            for (int level = 0; level < pyramid.levelCount(); level++) {
                int width = pyramid.levelWidth(level);
                int height = pyramid.levelHeight(level);
                levels.addObject().put("level", level).put("downsample", pyramid.downsample(level))
                        .put("width", width).put("height", height)
                        .put("columns", cells(width)).put("rows", cells(height));
            }
            return Reply.ok(json);
        }
    }

    private Reply tile(Call call) throws IOException {
        Source source = source(call);
        int level = whole(call, "level");
        int x = whole(call, "x");
        int y = whole(call, "y");
        // weak enough to hold for every server serving the same file; strong because the bytes depend only on it
        String etag = "\"" + Long.toHexString(Files.size(source.file())) + "-"
                + Long.toHexString(Files.getLastModifiedTime(source.file()).toMillis()) + "-" + level + "-" + x + "-" + y + "\"";
        try (ImagePyramid pyramid = open(source)) {
            if (level >= pyramid.levelCount() || x >= cells(pyramid.levelWidth(level))
                    || y >= cells(pyramid.levelHeight(level))) {
                throw new ApiException(404, "no tile " + level + "/" + x + "/" + y + " in the pyramid of image '"
                        + source.image().getId() + "' (" + pyramid.levelCount() + " levels; GET .../pyramid lists them)");
            }
            if (matches(call.headers().get(HttpHeader.IF_NONE_MATCH), etag)) {
                return new Reply(304, null).header("ETag", etag);
            }
            int left = x * TILE_SIZE;
            int top = y * TILE_SIZE;
            BufferedImage pixels = pyramid.readRegion(level, left, top,
                    Math.min(TILE_SIZE, pyramid.levelWidth(level) - left), Math.min(TILE_SIZE, pyramid.levelHeight(level) - top));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(pixels, "png", png);
            Reply reply = new Reply(200, null);
            reply.bytes = png.toByteArray();
            reply.contentType = "image/png";
            return reply.header("ETag", etag).header("Cache-Control", "private, no-cache");
        }
    }

    private static int cells(int size) {
        return (size + TILE_SIZE - 1) / TILE_SIZE;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A path number: a whole number from 0; anything else names no tile. */
    private static int whole(Call call, String name) {
        String text = call.param(name);
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ApiException(404, "no tile with " + name + " '" + text + "' (levels and tile columns and rows are whole numbers from 0)");
    }
}
