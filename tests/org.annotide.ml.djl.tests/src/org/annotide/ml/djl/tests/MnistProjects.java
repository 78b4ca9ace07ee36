package org.annotide.ml.djl.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportReport;
import org.annotide.imaging.ImportRequest;
import org.annotide.ml.FashionMnist;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Projects made of a slice of Fashion-MNIST, imported as a user does (PNG files and a CSV list of labels). */
final class MnistProjects {

    private MnistProjects() {
    }

    static ProjectStore create(Path folder, String split, int images) throws IOException {
        assumeTrue(FashionMnist.isInstalled(), "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        Path csv = FashionMnist.writePngs(split, images, folder.resolveSibling(folder.getFileName() + "-files"));
        ProjectStore store = ProjectStore.create(folder, "fashion-mnist");
        ImportReport report = new ImageImporter(ImageFormats.installed())
                .run(store, new ImportRequest(List.of(), null, false, csv), new NullProgressMonitor());
        if (report.imported() != images || report.hasRejections()) {
            throw new IllegalStateException("import: " + report.imported() + " imported, rejected " + report.rejected());
        }
        return store;
    }
}
