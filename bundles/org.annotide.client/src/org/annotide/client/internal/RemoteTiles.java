package org.annotide.client.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.annotide.client.ServerException;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.PixelSources;
import org.annotide.model.ImageAsset;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pixels of the mirror's large images, which it does not download whole: the server's description of each one's
 * pyramid (fetched when the mirror learns of the image) and the 256-pixel tiles a view shows, fetched from the server's
 * tile route as they are read and kept on disk under {@code tiles/IMAGE/} of the mirror, so that a region seen once
 * shows again without the server. Registered as the mirror folder's {@link PixelSources.Source}: the image service
 * opens such an image as a {@link TiledPyramid}. Tiles are fetched on the thread that reads them (the editor's tile
 * workers, never the UI thread); while the server is away a tile not on disk is a stand-in and the pyramid says why,
 * and when it is back every open pyramid is told to read again. Thread-safe.
 */
public final class RemoteTiles implements PixelSources.Source {

    /** The mirror's folder (relative to it) of the tiles and pyramid descriptions it fetched. */
    public static final String TILES_FOLDER = "tiles";
    private static final String DESCRIPTION = "pyramid.json";

    private final Mirror mirror;
    private final Set<TiledPyramid> open = ConcurrentHashMap.newKeySet();
    private final Map<Path, Object> fetching = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    public RemoteTiles(Mirror mirror) {
        this.mirror = mirror;
    }

    /** The folder of an image's tiles in a mirror folder. */
    static Path folder(Path mirrorFolder, String imageId) {
        return mirrorFolder.resolve(TILES_FOLDER).resolve(imageId.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** From now on the image service takes the large images of this mirror from here. */
    public void register() {
        PixelSources.register(mirror.store().folder(), this);
    }

    /** The mirror closes: its pyramids are no longer served from here. */
    public void close() {
        PixelSources.unregister(mirror.store().folder(), this);
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

    @Override
    public ImagePyramid open(ImageAsset image) throws IOException {
        String id = image.getId();
        String location = image.getLocation();
        if (id == null || location == null || !location.startsWith(ImageFiles.FILES_FOLDER + "/")
                || Files.exists(mirror.store().folder().resolve(location))) {
            return null; // fetched whole, or imported into the mirror: its file is read
        }
        Path description = folder(mirror.store().folder(), id).resolve(DESCRIPTION);
        if (!Files.exists(description)) {
            if (!mirror.outbox().images().isOnServer(id)) {
                return null;
            }
            throw new IOException("the pixels of '" + image.getName() + "' are on the server "
                    + mirror.connection().base() + ", which has not described them to this mirror yet; they show once "
                    + "the mirror has caught up with it");
        }
        JsonNode json = ServerModel.JSON.readTree(description.toFile());
        TiledPyramid pyramid = new TiledPyramid(this, id, image.getName(), json);
        open.add(pyramid);
        return pyramid;
    }

    /** The server is reachable again: pyramids that showed stand-ins read again. */
    public void serverBack() {
        open.forEach(TiledPyramid::arrived);
    }

    void closed(TiledPyramid pyramid) {
        open.remove(pyramid);
    }

    /**
     * One tile's PNG: from the mirror's disk, else from the server (kept on disk for the next time); null with the
     * reason in {@code problem[0]} when neither has it now.
     */
    byte[] tile(String imageId, int level, int x, int y, String[] problem) {
        Path file = folder(mirror.store().folder(), imageId).resolve(Integer.toString(level)).resolve(x + "_" + y + ".png");
        byte[] cached = read(file);
        if (cached != null) {
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
