package org.annotide.imaging.internal;

import org.annotide.imaging.ImagingPreferences;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/** Puts the imaging defaults in the default scope, where preference pages find them. */
public final class ImagingPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        DefaultScope.INSTANCE.getNode(ImagingPreferences.NODE).putDouble(ImagingPreferences.TILE_CACHE_SHARE,
                ImagingPreferences.TILE_CACHE_SHARE_DEFAULT);
    }
}
