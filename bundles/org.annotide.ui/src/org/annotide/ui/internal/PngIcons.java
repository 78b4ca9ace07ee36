package org.annotide.ui.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.Bundle;

/**
 * Points the workbench model's icons at the PNG that a platform bundle ships beside each of its SVG icons. The 2026
 * platform bundles name SVG icons for their views (Properties, Problems, Progress, Outline, the default view icon of
 * views without one); the first SVG that a tab draws loads jsvg (about 370 classes, each woven by SPI Fly) and parses
 * and rasterises it on the UI thread, before the restored editor's first frame: a tenth of a restart (docs/editor.md,
 * "A restart without SVG icons"). The PNG (and its {@code @2x} twin, which JFace takes at 200 % zoom) are the
 * platform's own renderings of the same icons, so the tabs look the same.
 */
public final class PngIcons {

    private static final String PLUGIN = "platform:/plugin/";
    private static final String SVG = ".svg";

    private PngIcons() {
    }

    /**
     * Replaces every {@code platform:/plugin/...svg} icon in the model by the PNG of the same name in the same bundle,
     * where that bundle has one; other icons are left alone.
     *
     * @return how many icons were replaced
     */
    public static int preferPng(MApplication application) {
        Map<String, String> pngs = new HashMap<>();
        int replaced = 0;
        for (Iterator<EObject> contents = ((EObject) application).eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof MUILabel label && label.getIconURI() != null) {
                String png = pngs.computeIfAbsent(label.getIconURI(), PngIcons::pngBeside);
                if (png != null) {
                    label.setIconURI(png);
                    replaced++;
                }
            }
        }
        return replaced;
    }

    /** The PNG beside an SVG icon of a bundle, or null when the URI is no bundle's SVG or the bundle has no PNG. */
    public static String pngBeside(String iconUri) {
        if (!iconUri.startsWith(PLUGIN) || !iconUri.endsWith(SVG)) {
            return null;
        }
        String bundleAndPath = iconUri.substring(PLUGIN.length());
        int slash = bundleAndPath.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        Bundle bundle = Platform.getBundle(bundleAndPath.substring(0, slash));
        String png = bundleAndPath.substring(slash, bundleAndPath.length() - SVG.length()) + ".png";
        return bundle != null && bundle.getEntry(png) != null ? iconUri.substring(0, iconUri.length() - SVG.length()) + ".png"
                : null;
    }
}
