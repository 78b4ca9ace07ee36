package org.annotide.architecture.tests;

import java.util.List;
import java.util.Set;

/**
 * The declared architecture: the Annotide bundles from bottom to top, and the few named exceptions to the
 * rules. This is the list docs/architecture.md describes.
 * <p>
 * A new bundle must be added here consciously, at the place its dependencies allow: the test fails for any
 * bundle under {@code bundles/} (or in the test framework) that is missing. Planned bundles are listed before
 * they exist so that their authors only have to check the place.
 */
final class BundleOrder {

    /** Bottom to top: a bundle may depend on bundles before it only. */
    static final List<String> ORDER = List.of(
            "org.annotide.model",           // the EMF model
            "org.annotide.model.edit",      // EMF.Edit item providers
            "org.annotide.core",            // geometry, the project store
            "org.annotide.imaging",         // image readers, pyramids, tiling
            "org.annotide.formats",         // import and export
            "org.annotide.metrics",         // similarity, COCO and classification scores
            "org.annotide.access",          // users, roles, permissions
            "org.annotide.benchmark",       // annotator training: benchmark projects, scoring
            "org.annotide.ml",              // engine-neutral training API
            "org.annotide.lib.djl",         // DJL + PyTorch library bundle
            "org.annotide.ml.djl",          // DJL trainers and predictors
            "org.annotide.al",              // active learning
            "org.annotide.lib.flyway",      // Flyway library bundle: the server's schema migrations
            "org.annotide.server",          // REST and WebSocket server
            "org.annotide.client",          // the client of a server: connection, mirrored projects, sync
            "org.annotide.headless",        // the command line
            "org.annotide.perf",            // benchmark and demo harnesses: CLI verbs, so above headless
            "org.annotide.ui",              // the RCP application
            "org.annotide.ui.editor",       // the annotation editor
            "org.annotide.ui.training",     // training wizard, job monitor (planned)
            "org.annotide.ui.evaluation",   // trainer-evaluation perspective
            "org.annotide.perf.ui");        // editor benchmark harness: may use every UI bundle

    /** The first bundle that may use SWT, JFace or the workbench. */
    static final String FIRST_UI_BUNDLE = "org.annotide.ui";

    /** Bundles and packages of SWT, JFace and the workbench (E3 and E4). */
    static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui");

    /**
     * {@code visibility:=reexport} allowed only where one bundle's API really is another's, as
     * "bundle -> re-exported bundle".
     */
    static final Set<String> REEXPORTS = Set.of(
            // every model interface extends EObject and hands out EList, Notifier, URI: the model's API is EMF's
            "org.annotide.model -> org.eclipse.emf.ecore",
            "org.annotide.model -> org.eclipse.emf.common");

    /**
     * {@code x-friends} allowed, as "package -> friend bundle". Test fragments never need one (a fragment sees
     * all of its host), so none of them may be named.
     */
    static final Set<String> FRIENDS = Set.of(
            // the editor benchmark (org.annotide.perf.ui) times the editor's own renderer, index and viewport
            "org.annotide.ui.editor.internal.geometry -> org.annotide.perf.ui",
            "org.annotide.ui.editor.internal.index -> org.annotide.perf.ui",
            "org.annotide.ui.editor.internal.render -> org.annotide.perf.ui");

    private BundleOrder() {
    }

    static int level(String bundle) {
        return ORDER.indexOf(bundle);
    }

    static boolean isUi(String name) {
        return UI_PREFIXES.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
    }

    /** An Annotide bundle of the product (not a test bundle or fragment). */
    static boolean isProductBundle(String name) {
        return name.startsWith("org.annotide.") && !name.endsWith(".tests") && !name.equals("org.annotide.tests.support");
    }

    /** True when a package name has a segment {@code internal}. */
    static boolean isInternal(String packageName) {
        return List.of(packageName.split("\\.")).contains("internal");
    }
}
