package org.annotide.imaging;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/** Preferences of image handling, in the preference node {@value #NODE}. */
public final class ImagingPreferences {

    public static final String NODE = "org.annotide.imaging";
    /** Share of the maximum heap the memory tile cache may fill, between 0 and 0.9. */
    public static final String TILE_CACHE_SHARE = "tileCacheShare";
    public static final double TILE_CACHE_SHARE_DEFAULT = 0.25;
    /**
     * Megabytes of a team server's tiles that one mirror keeps on disk ({@code tiles/} of its folder); beyond it the
     * least recently used go first. 2 GiB: thousands of screenfuls, a small share of a disk.
     */
    public static final String MIRROR_TILES_MEGABYTES = "mirrorTilesMegabytes";
    public static final long MIRROR_TILES_MEGABYTES_DEFAULT = 2048;

    private ImagingPreferences() {
    }

    /** The preference (instance scope, then default scope) when the platform runs; the default otherwise. */
    public static double tileCacheShare() {
        double share = TILE_CACHE_SHARE_DEFAULT;
        if (Platform.isRunning()) {
            IPreferencesService preferences = Platform.getPreferencesService();
            if (preferences != null) {
                share = preferences.getDouble(NODE, TILE_CACHE_SHARE, TILE_CACHE_SHARE_DEFAULT, null);
            }
        }
        return Double.isNaN(share) ? TILE_CACHE_SHARE_DEFAULT : Math.max(0, Math.min(0.9, share));
    }

    /** The bytes of tiles a mirror keeps on disk: the preference (at least 1 MB) when the platform runs, else 2 GiB. */
    public static long mirrorTilesBytes() {
        long megabytes = MIRROR_TILES_MEGABYTES_DEFAULT;
        if (Platform.isRunning()) {
            IPreferencesService preferences = Platform.getPreferencesService();
            if (preferences != null) {
                megabytes = preferences.getLong(NODE, MIRROR_TILES_MEGABYTES, MIRROR_TILES_MEGABYTES_DEFAULT, null);
            }
        }
        return Math.max(1, megabytes) << 20;
    }

    /** The tile cache's size in bytes for a share of the heap. */
    public static long tileCacheBytes(double share) {
        return (long) (Runtime.getRuntime().maxMemory() * share);
    }
}
