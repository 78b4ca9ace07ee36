package org.annotide.client.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.annotide.client.ServerException;
import org.annotide.imaging.BlockPyramid;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.ImagingPreferences;
import org.annotide.imaging.PixelSources;
import org.annotide.imaging.TileCache;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.IProgressMonitor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pixels of the mirror's large images, which it does not download whole: the server's description of each one's
 * pyramid (fetched when the mirror learns of the image) and the 256-pixel tiles a view shows, fetched from the server's
 * tile route as they are read and kept on disk under {@code tiles/IMAGE/} of the mirror, so that a region seen once
 * shows again without the server. Registered as the mirror folder's {@link PixelSources.Source}: the image service
 * opens such an image as imaging's {@link BlockPyramid} of the server's levels, its blocks the server's tiles, decoded
 * into a memory {@link TileCache} that the mirror's pyramids share. Tiles are fetched on the thread that reads them
 * (the editor's tile workers, never the UI thread); while the server is away a tile not on disk is a stand-in and the
 * pyramid says why, and when it is back every open pyramid is told to read again. The tiles on disk are kept within
 * the preference {@link ImagingPreferences#MIRROR_TILES_MEGABYTES}, least recently used out first ({@link TileDisk}).
 * Thread-safe.
 */
public final class RemoteTiles implements PixelSources.Source {

    /** The mirror's folder (relative to it) of the tiles and pyramid descriptions it fetched. */
    public static final String TILES_FOLDER = "tiles";
    private static final String DESCRIPTION = "pyramid.json";
    /** Decoded tiles the mirror's pyramids keep in memory: a screenful of views' worth, a few hundred tiles. */
    private static final long DECODED_BYTES = 64L << 20;

    private final Mirror mirror;
    private final TileDisk disk;
    private final TileCache decoded = new TileCache(DECODED_BYTES);
    private final Set<Pyramid> open = ConcurrentHashMap.newKeySet();
    private final Map<Path, Object> fetching = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    public RemoteTiles(Mirror mirror) {
        this.mirror = mirror;
        this.disk = new TileDisk(mirror.store().folder().resolve(TILES_FOLDER), ImagingPreferences::mirrorTilesBytes,
                this::openImageFolders);
    }

    /** The folder of an image's tiles in a mirror folder. */
    static Path folder(Path mirrorFolder, String imageId) {
        return mirrorFolder.resolve(TILES_FOLDER).resolve(imageId.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** From now on the image service takes the large images of this mirror from here. */
    public void register() {
        PixelSources.register(mirror.store().folder(), this);
        disk.start();
    }

    /** The mirror closes: its pyramids are no longer served from here. */
    public void close() {
        PixelSources.unregister(mirror.store().folder(), this);
        disk.close();
    }

    /** Tiles deleted from the mirror's disk since it opened, to keep within its limit. */
    public long evicted() {
        return disk.evicted();
    }

    /** The folders under {@code tiles/} of the images open now, whose tiles are never evicted. */
    private Set<String> openImageFolders() {
        Set<String> folders = new HashSet<>();
        open.forEach(p -> folders.add(p.folder));
        return folders;
    }

    /** Requests made for tiles and pyramid descriptions since the mirror opened. */
    public long requests() {
        return requests.get();
    }

    /** Bytes of tiles and pyramid descriptions received since the mirror opened. */
    public long bytes() {
        return bytes.get();
    }

    /**
     * Fetches the server's description of an image's pyramid, unless the mirror has it (network; not on the owner
     * thread). Its tiles come as they are shown.
     */
    public void describe(String imageId) throws ServerException {
        Path file = folder(mirror.store().folder(), imageId).resolve(DESCRIPTION);
        if (Files.exists(file)) {
            return;
        }
        byte[] body = get(mirror.api() + "/images/" + imageId + "/pyramid");
        try {
            write(file, body);
        } catch (IOException e) {
            throw new ServerException(-1, "the mirror cannot keep " + file + ": " + e.getMessage(), null, e);
        }
    }

    /** Whether the image is a server's image that the mirror has no file of (its pixels are the server's tiles). */
    private boolean serves(ImageAsset image) {
        String id = image.getId();
        String location = image.getLocation();
        return id != null && location != null && location.startsWith(ImageFiles.FILES_FOLDER + "/")
                && !Files.exists(mirror.store().folder().resolve(location)); // else fetched whole or imported: a file
    }

    @Override
    public ImagePyramid open(ImageAsset image) throws IOException {
        if (!serves(image)) {
            return null;
        }
        String id = image.getId();
        Path description = folder(mirror.store().folder(), id).resolve(DESCRIPTION);
        if (!Files.exists(description)) {
            if (!mirror.outbox().images().isOnServer(id)) {
                return null;
            }
            throw new IOException("the pixels of '" + image.getName() + "' are on the server "
                    + mirror.connection().base() + ", which has not described them to this mirror yet; they show once "
                    + "the mirror has caught up with it");
        }
        Pyramid pyramid = new Pyramid(id, image.getName(), ServerModel.JSON.readTree(description.toFile()));
        open.add(pyramid);
        return pyramid;
    }

    /**
     * Downloads the file of a server's image that the mirror shows tile by tile, for what needs the file itself (an
     * export of image files): from the server's file route into {@code target}, with progress and cancel, whole or not
     * at all. The mirror does not keep it: a slide of gigabytes is fetched only when asked for.
     */
    @Override
    public boolean fetchFile(ImageAsset image, Path target, IProgressMonitor monitor) throws IOException {
        if (!serves(image) || !mirror.outbox().images().isOnServer(image.getId())) {
            return false;
        }
        String unreachable = "the file of " + image.getName() + " is on the server " + mirror.connection().base()
                + ", which is unreachable";
        if (!mirror.isOnline()) {
            throw new IOException(unreachable);
        }
        try {
            mirror.connection().download(mirror.api() + "/images/" + image.getId() + "/file", target, monitor);
            return true;
        } catch (ServerException e) {
            throw new IOException(e.isUnreachable() ? unreachable
                    : "the server did not give the file of " + image.getName() + " (" + e.getMessage() + ")", e);
        }
    }

    /** The server is reachable again: pyramids that showed stand-ins read again. */
    public void serverBack() {
        open.forEach(BlockPyramid::pixelsMayHaveArrived);
    }

    /** A large image as the server describes its pyramid; its blocks are the server's tiles. */
    private final class Pyramid extends BlockPyramid {

        private final String folder;

        Pyramid(String imageId, String name, JsonNode description) throws IOException {
            super(decoded, false);
            this.folder = folder(mirror.store().folder(), imageId).getFileName().toString();
            int tileSize = description.path("tile_size").asInt(256);
            int level = 0;
            for (JsonNode described : description.path("levels")) {
                add(new ServerLevel(imageId, name, level++, described, tileSize));
            }
            if (levelCount() == 0 || tileSize <= 0 || width() <= 0 || height() <= 0) {
                throw new IOException("the server's description of the pyramid of '" + name + "' names no levels");
            }
        }

        @Override
        public void close() {
            super.close();
            open.remove(this);
            disk.released();
        }
    }

    /** One level of a server's pyramid: its tiles from the mirror's disk, else from the server. */
    private final class ServerLevel implements BlockPyramid.Level {

        private final String imageId;
        private final String name;
        private final int level;
        private final BlockPyramid.Grid grid;

        ServerLevel(String imageId, String name, int level, JsonNode description, int tileSize) {
            this.imageId = imageId;
            this.name = name;
            this.level = level;
            this.grid = new BlockPyramid.Grid(description.path("width").asInt(), description.path("height").asInt(),
                    description.path("downsample").asDouble(1), tileSize, tileSize,
                    mirror.store().folder().toAbsolutePath() + "|" + imageId + "#" + level);
        }

        @Override
        public BlockPyramid.Grid grid() {
            return grid;
        }

        @Override
        public TileCache.Block load(int column, int row) throws IOException {
            String[] problem = new String[1];
            byte[] png = tile(imageId, level, column, row, problem);
            if (png == null) {
                throw new BlockPyramid.NotAtHand("Some tiles of " + name + " are not in this mirror and " + problem[0]
                        + ": they show hatched until they can be fetched");
            }
            BufferedImage tile = ImageIO.read(new ByteArrayInputStream(png));
            if (tile == null) {
                throw new IOException("tile " + level + "/" + column + "/" + row + " of '" + name + "' is no PNG");
            }
            int w = tile.getWidth();
            int h = tile.getHeight();
            return new TileCache.Block(tile.getRGB(0, 0, w, h, null, 0, w), w, h);
        }
    }

    /**
     * One tile's PNG: from the mirror's disk, else from the server (kept on disk for the next time); null with the
     * reason in {@code problem[0]} when neither has it now.
     */
    byte[] tile(String imageId, int level, int x, int y, String[] problem) {
        Path file = folder(mirror.store().folder(), imageId).resolve(Integer.toString(level)).resolve(x + "_" + y + ".png");
        byte[] cached = read(file);
        if (cached != null) {
            disk.used(file);
            return cached;
        }
        synchronized (fetching.computeIfAbsent(file, f -> new Object())) { // one request per tile, however many ask
            try {
                cached = read(file);
                if (cached != null) {
                    return cached;
                }
                if (!mirror.isOnline()) {
                    problem[0] = "the server " + mirror.connection().base() + " is unreachable";
                    return null;
                }
                byte[] png = get(mirror.api() + "/images/" + imageId + "/tiles/" + level + "/" + x + "/" + y);
                write(file, png);
                disk.added(png.length);
                return png;
            } catch (ServerException e) {
                problem[0] = e.isUnreachable() ? "the server " + mirror.connection().base() + " is unreachable"
                        : "the server did not give the tile (" + e.getMessage() + ")";
                return null;
            } catch (IOException e) {
                problem[0] = "the tile cannot be kept in " + file.getParent() + " (" + e.getMessage() + ")";
                return null;
            } finally {
                fetching.remove(file);
            }
        }
    }

    private byte[] get(String path) throws ServerException {
        requests.incrementAndGet();
        byte[] body = mirror.connection().request("GET", path, null).body();
        bytes.addAndGet(body.length);
        return body;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null; // not fetched yet
        }
    }

    /** Writes a fetched file whole or not at all (temporary file, then a rename), so a kill leaves no torn tile. */
    private static void write(Path file, byte[] body) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.write(part, body);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes what the mirror fetched of an image's tiles (the server removed it); what cannot be deleted stays. */
    static void forget(Path mirrorFolder, String imageId) {
        Path folder = folder(mirrorFolder, imageId);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // kept: a file nothing refers to
                }
            });
        } catch (IOException e) {
            // kept
        }
    }
}
