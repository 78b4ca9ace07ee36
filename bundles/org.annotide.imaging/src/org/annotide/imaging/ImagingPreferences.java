package org.annotide.imaging;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/** Preferences of image handling, in the preference node {@value #NODE}. */
public final class ImagingPreferences {

    public static final String NODE = "org.annotide.imaging";
    /** Share of the maximum heap the memory tile cache may fill, between 0 and 0.9. */
    public static final String TILE_CACHE_SHARE = "tileCacheShare";
    public static final double TILE_CACHE_SHARE_DEFAULT = 0.25;

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

    /** The tile cache's size in bytes for a share of the heap. */
    public static long tileCacheBytes(double share) {
        return (long) (Runtime.getRuntime().maxMemory() * share);
    }
}
