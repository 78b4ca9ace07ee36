package org.annotide.imaging;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.annotide.imaging.internal.pyramid.PyramidAssembler;
import org.annotide.imaging.internal.pyramid.PyramidCacheFiles;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The image service: the DS component of this bundle, and what non-OSGi callers (tests, benches) create
 * with {@code new DefaultImageService()}. Its memory tile cache is shared by all pyramids it opens and is
 * bounded by {@link ImagingPreferences#TILE_CACHE_SHARE} of the heap.
 */
public final class DefaultImageService implements ImageService {

    private final ImageFormats formats;
    private final PyramidAssembler assembler;
    private IEclipsePreferences.IPreferenceChangeListener preferenceListener;

    /** Readers from the extension registry when it runs (else the built-ins), cache size from the preferences. */
    public DefaultImageService() {
        this(ImageFormats.installed(), ImagingPreferences.tileCacheBytes(ImagingPreferences.tileCacheShare()));
    }

    public DefaultImageService(ImageFormats formats, long tileCacheBytes) {
        this.formats = formats;
        this.assembler = new PyramidAssembler(formats, new TileCache(tileCacheBytes));
    }

    /** DS activation: follows changes of the cache-size preference from now on. */
    void activate() {
        preferenceListener = event -> {
            if (ImagingPreferences.TILE_CACHE_SHARE.equals(event.getKey())) {
                setTileCacheLimit(ImagingPreferences.tileCacheBytes(ImagingPreferences.tileCacheShare()));
            }
        };
        InstanceScope.INSTANCE.getNode(ImagingPreferences.NODE).addPreferenceChangeListener(preferenceListener);
    }

    void deactivate() {
        if (preferenceListener != null) {
            InstanceScope.INSTANCE.getNode(ImagingPreferences.NODE).removePreferenceChangeListener(preferenceListener);
            preferenceListener = null;
        }
        assembler.tiles().clear();
    }

    public ImageFormats formats() {
        return formats;
    }

    /** Bytes of decoded tiles held in memory now. */
    public long tileCacheBytes() {
        return assembler.tiles().bytes();
    }

    /** The memory tile cache's bound in bytes. */
    public long tileCacheLimit() {
        return assembler.tiles().maxBytes();
    }

    /** Changes the memory tile cache bound, e.g. after the preference changed; evicts at once. */
    public void setTileCacheLimit(long bytes) {
        assembler.tiles().setMaxBytes(bytes);
    }

    /** The pixels come from the source registered for the folder when it serves the image, else from its file. */
    @Override
    public ImagePyramid open(Path projectFolder, ImageAsset image) throws IOException {
        ImagePyramid served = PixelSources.served(projectFolder, image);
        if (served != null) {
            return served;
        }
        Path file = locate(projectFolder, image);
        return assembler.open(file, cacheFile(projectFolder, image, file));
    }

    @Override
    public void buildPyramid(Path projectFolder, ImageAsset image, IProgressMonitor monitor) throws IOException {
        if (servedElsewhere(projectFolder, image)) {
            return;
        }
        Path file = locate(projectFolder, image);
        assembler.build(file, cacheFile(projectFolder, image, file), monitor);
    }

    @Override
    public boolean needsPyramid(Path projectFolder, ImageAsset image) {
        if (servedElsewhere(projectFolder, image)) {
            return false; // its pyramid is the source's (a server's): nothing to build here
        }
        try {
            Path file = locate(projectFolder, image);
            return assembler.needsPyramid(file, cacheFile(projectFolder, image, file));
        } catch (IOException e) {
            return false; // an unreadable image gains nothing from a pyramid; open() reports why
        }
    }

    private static boolean servedElsewhere(Path projectFolder, ImageAsset image) {
        if (PixelSources.of(projectFolder) == null) {
            return false;
        }
        try (ImagePyramid served = PixelSources.served(projectFolder, image)) {
            return served != null;
        } catch (IOException e) {
            return true; // the source's, though not at hand now
        }
    }

    /**
     * The file of an image: its location resolved against the project folder (a relative path), as is
     * (an absolute path), or a {@code file:} URI.
     */
    public static Path locate(Path projectFolder, ImageAsset image) throws IOException {
        String location = image.getLocation();
        if (location == null || location.isBlank()) {
            throw new IOException("the image '" + image.getName() + "' has no location");
        }
        if (location.startsWith("file:")) {
            return Path.of(URI.create(location));
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:/.*") && !location.matches("^[a-zA-Z]:[\\\\/].*")) {
            throw new IOException("the image '" + image.getName() + "' is at " + location
                    + ", which is not a file; only files can be read");
        }
        return projectFolder.resolve(location).normalize();
    }

    private static Path cacheFile(Path projectFolder, ImageAsset image, Path file) throws IOException {
        String key = image.getId() != null && !image.getId().isBlank() ? image.getId()
                : PyramidCacheFiles.fingerprint(file);
        return PyramidCacheFiles.cacheFile(projectFolder, key, file);
    }
}
