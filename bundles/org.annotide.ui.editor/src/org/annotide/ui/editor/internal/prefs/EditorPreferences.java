package org.annotide.ui.editor.internal.prefs;

import org.annotide.ui.editor.internal.render.RenderStyle;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;

/** Keys of the editor's preferences (node {@code org.annotide.ui.editor}) and how they become a style. */
public final class EditorPreferences {

    /** Opacity of shape interiors in percent. */
    public static final String FILL_OPACITY = "fillOpacity";
    public static final int DEFAULT_FILL_OPACITY = 25;
    /** Side of vertex handles in screen pixels. */
    public static final String HANDLE_SIZE = "handleSize";
    public static final int DEFAULT_HANDLE_SIZE = 7;
    /** Outline colour of selected annotations. */
    public static final String SELECTION_COLOR = "selectionColor";
    public static final RGB DEFAULT_SELECTION_COLOR = new RGB(255, 255, 0);
    /** Whether predictions show their score. */
    public static final String SHOW_SCORES = "showScores";
    /** Whether the overview (minimap) is shown. */
    public static final String SHOW_OVERVIEW = "showOverview";
    /** Colour around the image. */
    public static final String BACKGROUND_COLOR = "backgroundColor";
    public static final RGB DEFAULT_BACKGROUND_COLOR = new RGB(43, 43, 43);

    private EditorPreferences() {
    }

    public static void setDefaults(IPreferenceStore store) {
        store.setDefault(FILL_OPACITY, DEFAULT_FILL_OPACITY);
        store.setDefault(HANDLE_SIZE, DEFAULT_HANDLE_SIZE);
        PreferenceConverter.setDefault(store, SELECTION_COLOR, DEFAULT_SELECTION_COLOR);
        PreferenceConverter.setDefault(store, BACKGROUND_COLOR, DEFAULT_BACKGROUND_COLOR);
        store.setDefault(SHOW_SCORES, true);
        store.setDefault(SHOW_OVERVIEW, true);
    }

    public static RenderStyle style(IPreferenceStore store) {
        int alpha = (int) Math.round(store.getInt(FILL_OPACITY) * 255 / 100.0);
        return new RenderStyle(alpha, store.getInt(HANDLE_SIZE), rgb(PreferenceConverter.getColor(store, SELECTION_COLOR)),
                store.getBoolean(SHOW_SCORES), rgb(PreferenceConverter.getColor(store, BACKGROUND_COLOR)));
    }

    private static int rgb(RGB rgb) {
        return rgb.red << 16 | rgb.green << 8 | rgb.blue;
    }
}
