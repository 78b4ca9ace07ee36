package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Properties view tells the user when the store refuses a change, instead of losing the error. */
class PropertiesTest {

    @TempDir
    Path temp;

    @Test
    void aChangeTheStoreRefusesIsShownInADialog() {
        ProjectStore store = ProjectStore.open(TestProjects.write(temp.resolve("props"), "u8 props", 1));
        ImageAsset image = store.project().getImages().get(0);
        IPropertySource properties = Adapters.adapt(image, IPropertySource.class);
        assertNotNull(properties, "the Properties view's source for an image");
        Object name = Arrays.stream(properties.getPropertyDescriptors()).filter(d -> "Name".equals(d.getDisplayName()))
                .map(IPropertyDescriptor::getId).findFirst().orElseThrow();
        assertEquals("u8 props-0.png", properties.getPropertyValue(name));
        // A closed project refuses changes with a StoreException, as one on a full disk does.
        store.close();

        Dialogs.Seen error = Dialogs.answer("Properties");
        properties.setPropertyValue(name, "renamed.png");
        assertTrue(error.await().text().contains("Name was not changed"), error.text());
        assertEquals("u8 props-0.png", image.getName());

        Dialogs.Seen reset = Dialogs.answer("Properties");
        properties.resetPropertyValue(name);
        assertTrue(reset.await().text().contains("Name was not changed"), reset.text());
        assertEquals("u8 props-0.png", image.getName());
    }
}
