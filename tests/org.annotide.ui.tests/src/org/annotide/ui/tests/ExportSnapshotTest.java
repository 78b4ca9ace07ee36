package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.ui.internal.transfer.ExportSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Export Annotations copies: the chosen images and the classes, with references inside the copy. */
class ExportSnapshotTest {

    @TempDir
    Path temp;

    @Test
    void theSelectedImagesAndTheClassesAreCopiedWithTheirReferencesInsideTheCopy() {
        try (ProjectStore store = ProjectStore.open(TestProjects.write(temp.resolve("export"), "u4 export", 3))) {
            Project original = store.project();
            original.getMetadata().put("coco:info.year", "2026");
            store.commit();
            ImageAsset third = original.getImages().get(2);
            ImageAsset first = original.getImages().get(0);

            ExportSnapshot snapshot = ExportSnapshot.of(original, List.of(third, first));

            Project copy = snapshot.project();
            assertEquals(original.getName(), copy.getName());
            assertEquals(original.getId(), copy.getId());
            assertEquals("2026", copy.getMetadata().get("coco:info.year"));
            assertEquals(List.of("u4 export-2.png", "u4 export-0.png"), snapshot.images().stream().map(ImageAsset::getName).toList());
            assertEquals(snapshot.images(), copy.getImages());
            assertEquals(1, copy.getLabelClasses().size());
            for (ImageAsset image : snapshot.images()) {
                assertEquals(2, image.getTiles().size());
                assertSame(copy.getLabelClasses().get(0), image.getAnnotations().get(0).getLabelClass(),
                        "annotations refer to the copied class");
            }
            assertTrue(copy.getTrainingSets().isEmpty() && copy.getUsers().isEmpty(), "nothing else is copied");
            assertNull(ProjectStore.of(copy.getImages().get(0)), "the copy is detached from the store");
            assertNotSame(third, snapshot.images().get(0));
            assertEquals(3, original.getImages().size());

            ExportSnapshot all = ExportSnapshot.of(original, List.of());
            assertEquals(List.of("u4 export-0.png", "u4 export-1.png", "u4 export-2.png"),
                    all.images().stream().map(ImageAsset::getName).toList());
        }
    }
}
