package org.annotide.ui.internal;

import org.annotide.imaging.ImagingPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Annotide > Images: how much of the heap the in-memory cache of image tiles may use, and how much disk each mirror of a
 * team server's project may fill with the tiles of its large images.
 */
public final class ImagesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ImagesPreferencePage() {
        super(GRID);
        setDescription("Decoded image tiles are kept in memory so panning stays smooth. The cache may use this "
                + "share of the Java heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB now); "
                + "it applies to images opened from now on. A mirror of a team server's project keeps the tiles of "
                + "large images it has shown on disk, up to the size below; beyond it the least recently used go "
                + "(never those of an open image) and are fetched again when shown.");
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ImagingPreferences.NODE);
        store.setDefault(ImagingPreferences.TILE_CACHE_SHARE, ImagingPreferences.TILE_CACHE_SHARE_DEFAULT);
        store.setDefault(ImagingPreferences.MIRROR_TILES_MEGABYTES, ImagingPreferences.MIRROR_TILES_MEGABYTES_DEFAULT);
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor share = new StringFieldEditor(ImagingPreferences.TILE_CACHE_SHARE,
                "Tile cache, share of the heap (0.05 to 0.8):", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                try {
                    double value = Double.parseDouble(getStringValue().trim());
                    if (value >= 0.05 && value <= 0.8) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                setErrorMessage("Give a number between 0.05 and 0.8, e.g. 0.25 for a quarter of the heap");
                return false;
            }
        };
        addField(share);
        IntegerFieldEditor mirrorTiles = new IntegerFieldEditor(ImagingPreferences.MIRROR_TILES_MEGABYTES,
                "Tiles each mirror keeps on disk, MB:", getFieldEditorParent());
        mirrorTiles.setValidRange(1, 1 << 20);
        addField(mirrorTiles);
    }
}
