package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annotide.ui.internal.PngIcons;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The workbench draws the PNG that a platform bundle ships beside an SVG view icon, so that no SVG is rasterised (and
 * jsvg not loaded) before the first frame; see docs/editor.md, "A restart without SVG icons".
 */
class PngIconsTest {

    private static final String PROPERTIES_SVG = "platform:/plugin/org.eclipse.ui.views/icons/full/eview16/prop_ps.svg";
    private static final String PROPERTIES_PNG = "platform:/plugin/org.eclipse.ui.views/icons/full/eview16/prop_ps.png";

    @Test
    void anSvgIconWithAPngBesideItBecomesThePngOthersStay() {
        MApplication application = MApplicationFactory.INSTANCE.createApplication();
        MPartDescriptor descriptor = org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory.INSTANCE
                .createPartDescriptor();
        descriptor.setIconURI(PROPERTIES_SVG);
        application.getDescriptors().add(descriptor);
        MTrimmedWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
        application.getChildren().add(window);
        MPart properties = part(window, PROPERTIES_SVG);
        MPart noPng = part(window, "platform:/plugin/org.eclipse.ui.views/icons/full/eview16/no_such_icon.svg");
        MPart unknownBundle = part(window, "platform:/plugin/org.example.missing/icons/view.svg");
        MPart ours = part(window, "platform:/plugin/org.annotide.ui/icons/explorer.png");
        MPart none = part(window, null);

        assertEquals(2, PngIcons.preferPng(application));
        assertEquals(PROPERTIES_PNG, descriptor.getIconURI());
        assertEquals(PROPERTIES_PNG, properties.getIconURI());
        assertTrue(noPng.getIconURI().endsWith("no_such_icon.svg"), "no PNG beside it: the SVG stays");
        assertTrue(unknownBundle.getIconURI().endsWith("view.svg"));
        assertEquals("platform:/plugin/org.annotide.ui/icons/explorer.png", ours.getIconURI());
        assertNull(none.getIconURI());
        assertEquals(0, PngIcons.preferPng(application), "a second pass changes nothing");
    }

    @Test
    void thePngIsAnImageOfTheSameSize() throws Exception {
        var png = ImageDescriptor.createFromURL(new java.net.URI(PROPERTIES_PNG).toURL()).getImageData(100);
        var svg = ImageDescriptor.createFromURL(new java.net.URI(PROPERTIES_SVG).toURL()).getImageData(100);
        assertNotNull(png);
        assertEquals(svg.width, png.width);
        assertEquals(svg.height, png.height);
    }

    @Test
    void theRunningWorkbenchNamesNoSvgIconThatHasAPng() {
        MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
        List<String> svgWithPng = new ArrayList<>();
        List<String> pngs = new ArrayList<>();
        for (var contents = ((EObject) application).eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof MUILabel label && label.getIconURI() != null) {
                String icon = label.getIconURI();
                if (PngIcons.pngBeside(icon) != null) {
                    svgWithPng.add(icon);
                }
                if (icon.equals(PROPERTIES_PNG)) {
                    pngs.add(icon);
                }
            }
        }
        assertTrue(svgWithPng.isEmpty(), "SVG icons left: " + svgWithPng);
        assertFalse(pngs.isEmpty(), "the Properties view's descriptor and part name its PNG");
    }

    private static MPart part(MTrimmedWindow window, String icon) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setIconURI(icon);
        window.getChildren().add(part);
        return part;
    }
}
