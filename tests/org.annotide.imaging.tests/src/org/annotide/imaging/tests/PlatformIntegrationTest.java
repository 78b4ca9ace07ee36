package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageService;
import org.annotide.imaging.ImagingPreferences;
import org.annotide.imaging.PyramidBuildJob;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** What only a running platform shows: contributed readers, the DS service, preferences, jobs. */
class PlatformIntegrationTest {

    @TempDir
    Path project;

    @Test
    void builtInReadersComeThroughTheExtensionPoint() {
        assertTrue(Platform.isRunning(), "these tests run in OSGi");
        List<String> readers = ImageFormats.installed().readers().stream().map(r -> r.getClass().getSimpleName()).toList();
        assertEquals(Set.of("TiffFormatReader", "PngFormatReader", "JpegFormatReader", "BmpFormatReader"), Set.copyOf(readers));
        assertEquals(4, Platform.getExtensionRegistry().getConfigurationElementsFor(ImageFormats.EXTENSION_POINT).length);
    }

    @Test
    void imageServiceIsADeclarativeServicesComponentFollowingThePreference() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(ImageService.class);
        bundle.start(Bundle.START_TRANSIENT);
        ServiceTracker<ImageService, ImageService> tracker = new ServiceTracker<>(bundle.getBundleContext(), ImageService.class, null);
        tracker.open();
        try {
            ImageService service = tracker.waitForService(10_000);
            assertNotNull(service, "the DS component registers the service");
            assertTrue(service instanceof DefaultImageService);
            DefaultImageService implementation = (DefaultImageService) service;
            assertEquals(ImagingPreferences.TILE_CACHE_SHARE_DEFAULT, ImagingPreferences.tileCacheShare());
            assertEquals(ImagingPreferences.tileCacheBytes(0.25), implementation.tileCacheLimit());

            InstanceScope.INSTANCE.getNode(ImagingPreferences.NODE).putDouble(ImagingPreferences.TILE_CACHE_SHARE, 0.1);
            assertEquals(0.1, ImagingPreferences.tileCacheShare());
            assertEquals(ImagingPreferences.tileCacheBytes(0.1), implementation.tileCacheLimit());
        } finally {
            InstanceScope.INSTANCE.getNode(ImagingPreferences.NODE).remove(ImagingPreferences.TILE_CACHE_SHARE);
            tracker.close();
        }
        assertEquals(ImagingPreferences.TILE_CACHE_SHARE_DEFAULT, ImagingPreferences.tileCacheShare());
    }

    @Test
    void pyramidJobBuildsTheCacheInTheBackground() throws Exception {
        TestImages.tiledTiff(project.resolve("job.tif"), 256, false, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(4600, 4000, TestImages::gradient)));
        ImageAsset image = image("job.tif");
        DefaultImageService service = new DefaultImageService();
        assertTrue(service.needsPyramid(project, image));
        PyramidBuildJob job = new PyramidBuildJob(service, project, image);
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        assertFalse(service.needsPyramid(project, image));
        assertTrue(job.belongsTo(PyramidBuildJob.FAMILY));
    }

    @Test
    void cancellingThePyramidJobLeavesNoCache() throws Exception {
        TestImages.tiledTiff(project.resolve("cancel.tif"), 256, false, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(4600, 4000, TestImages::gradient)));
        ImageAsset image = image("cancel.tif");
        DefaultImageService service = new DefaultImageService();
        PyramidBuildJob job = new PyramidBuildJob(service, project, image);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                event.getJob().cancel(); // before the first band is done
            }
        });
        job.schedule();
        job.join();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(service.needsPyramid(project, image));
        assertEquals(0, Job.getJobManager().find(PyramidBuildJob.FAMILY).length);
        try (var files = java.nio.file.Files.walk(project.resolve("cache"))) {
            assertEquals(List.of(), files.filter(java.nio.file.Files::isRegularFile).collect(Collectors.toList()));
        }
    }

    private static ImageAsset image(String location) {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId(location);
        image.setName(location);
        image.setLocation(location);
        return image;
    }
}
