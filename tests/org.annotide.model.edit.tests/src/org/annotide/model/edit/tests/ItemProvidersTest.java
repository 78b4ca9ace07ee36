package org.annotide.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.Tile;
import org.annotide.model.provider.AnnotideItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The item providers as the workbench uses them: the labels a user sees, the property sheet's descriptors (whose
 * changes go through the editing domain's command stack) and commands that undo as one step.
 */
class ItemProvidersTest {

    private static final AnnotideFactory MODEL = AnnotideFactory.eINSTANCE;
    private static final AnnotidePackage P = AnnotidePackage.eINSTANCE;

    private AnnotideItemProviderAdapterFactory adapters;
    private BasicCommandStack stack;
    private AdapterFactoryEditingDomain domain;
    private Project project;
    private LabelClass person;
    private LabelClass car;
    private ImageAsset image;
    private Annotation first;
    private Annotation second;

    @BeforeEach
    void project() {
        adapters = new AnnotideItemProviderAdapterFactory();
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapters, stack);
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/project.annotide"));
        project = MODEL.createProject();
        project.setName("p");
        resource.getContents().add(project);
        person = labelClass("person");
        car = labelClass("car");
        image = MODEL.createImageAsset();
        image.setName("a.png");
        image.setWidth(640);
        image.setHeight(480);
        project.getImages().add(image);
        first = annotation(7, person, box(1, 2, 3, 4));
        second = annotation(8, person, MODEL.createImageClassShape());
    }

    private LabelClass labelClass(String name) {
        LabelClass labelClass = MODEL.createLabelClass();
        labelClass.setName(name);
        project.getLabelClasses().add(labelClass);
        return labelClass;
    }

    private static BoxShape box(double x, double y, double w, double h) {
        BoxShape box = MODEL.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        return box;
    }

    private Annotation annotation(long id, LabelClass labelClass, org.annotide.model.Shape shape) {
        Annotation annotation = MODEL.createAnnotation();
        annotation.setId(id);
        annotation.setLabelClass(labelClass);
        annotation.setShape(shape);
        image.getAnnotations().add(annotation);
        return annotation;
    }

    private String text(Object object) {
        return ((IItemLabelProvider) adapters.adapt(object, IItemLabelProvider.class)).getText(object);
    }

    private IItemPropertyDescriptor descriptor(Object object, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) adapters.adapt(object, IItemPropertySource.class);
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            if (descriptor.getFeature(object) == feature) {
                return descriptor;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ labels

    @Test
    void labelsNameWhatAUserRecognises() {
        assertEquals("person box #7", text(first));
        first.setProvenance(Provenance.PREDICTED);
        first.setScore(0.876);
        first.setHidden(true);
        assertEquals("person box #7  predicted 0.88  (hidden)", text(first));
        first.setLabelClass(null);
        first.setShape(null);
        assertEquals("(no class) (no shape) #7  predicted 0.88  (hidden)", text(first));
        assertEquals("person image class #8", text(second));

        assertEquals("box 3\u00d74 at (1, 2)", text(box(1, 2, 3, 4)));
        PolygonShape polygon = MODEL.createPolygonShape();
        polygon.setPoints(new double[] { 0, 0, 4, 0, 4, 4, 0, 4, 1, 1, 2, 1, 2, 2 });
        polygon.setRingEnds(new int[] { 4, 7 });
        assertEquals("polygon (7 vertices, 2 rings)", text(polygon));
        assertEquals("a.png  640\u00d7480", text(image));
        assertEquals("Label Class person", text(person));

        Tile tile = MODEL.createTile();
        tile.setTileIndex(3);
        tile.setRow(1);
        tile.setColumn(2);
        image.getTiles().add(tile);
        assertEquals("a.png tile 3 [r1 c2]", text(tile));
    }

    @Test
    void aChangedScoreRefreshesTheLabelAndAChangedShapeTheChildren() {
        List<ViewerNotification> seen = new ArrayList<>();
        adapters.addListener(notification -> seen.add((ViewerNotification) notification));
        text(first); // adapts the annotation, as a viewer showing it does
        first.setScore(0.5);
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).isLabelUpdate());
        assertFalse(seen.get(0).isContentRefresh());
        first.setShape(box(0, 0, 1, 1));
        assertEquals(2, seen.size());
        assertTrue(seen.get(1).isContentRefresh());
    }

    @Test
    void anImageShowsItsAnnotationsAndTilesAsChildren() {
        Tile tile = MODEL.createTile();
        image.getTiles().add(tile);
        ITreeItemContentProvider tree = (ITreeItemContentProvider) adapters.adapt(image, ITreeItemContentProvider.class);
        Collection<?> children = tree.getChildren(image);
        assertTrue(children.contains(first) && children.contains(second) && children.contains(tile), children.toString());
        assertSame(project, tree.getParent(image));
    }

    // ------------------------------------------------------------------ property descriptors

    @Test
    void theLabelClassPropertyOffersTheProjectsClassesAndIsUndoable() {
        IItemPropertyDescriptor labelClass = descriptor(first, P.getAnnotation_LabelClass());
        assertNotNull(labelClass);
        assertEquals("Label Class", labelClass.getDisplayName(first));
        assertTrue(labelClass.canSetProperty(first));
        Collection<?> choices = labelClass.getChoiceOfValues(first);
        assertTrue(choices.contains(person) && choices.contains(car), String.valueOf(choices));

        labelClass.setPropertyValue(first, car);
        assertSame(car, first.getLabelClass());
        assertTrue(stack.canUndo(), "the property sheet's change went through the command stack");
        stack.undo();
        assertSame(person, first.getLabelClass());
        stack.redo();
        assertSame(car, first.getLabelClass());
    }

    @Test
    void everyAnnotationFeatureAUserEditsHasADescriptor() {
        for (EStructuralFeature feature : List.of(P.getAnnotation_Score(), P.getAnnotation_Review(),
                P.getAnnotation_Hidden(), P.getAnnotation_Locked(), P.getAnnotation_Occluded(),
                P.getAnnotation_Crowd(), P.getAnnotation_Group())) {
            IItemPropertyDescriptor descriptor = descriptor(first, feature);
            assertNotNull(descriptor, feature.getName());
            assertFalse(descriptor.getDisplayName(first).isBlank(), feature.getName());
        }
        assertNull(descriptor(first, P.getAnnotation_Shape()), "the shape is edited on the canvas, not as a property");
    }

    // ------------------------------------------------------------------ commands undo as one

    @Test
    void deletingAClassClearsItsUsesAndOneUndoRestoresAll() {
        Command delete = DeleteCommand.create(domain, person);
        assertTrue(delete.canExecute());
        stack.execute(delete);
        assertFalse(project.getLabelClasses().contains(person));
        assertNull(first.getLabelClass(), "references to a deleted class are removed with it");
        assertNull(second.getLabelClass());

        stack.undo();
        assertEquals(List.of(person, car), project.getLabelClasses(), "back at its place");
        assertSame(person, first.getLabelClass());
        assertSame(person, second.getLabelClass());
        assertFalse(stack.canUndo(), "one command, one undo");
    }

    @Test
    void aCompoundEditIsOneUndoStep() {
        CompoundCommand relabel = new CompoundCommand("Relabel");
        relabel.append(SetCommand.create(domain, first, P.getAnnotation_LabelClass(), car));
        relabel.append(SetCommand.create(domain, second, P.getAnnotation_LabelClass(), car));
        relabel.append(SetCommand.create(domain, first, P.getAnnotation_Locked(), true));
        stack.execute(relabel);
        assertSame(car, first.getLabelClass());
        assertSame(car, second.getLabelClass());
        assertTrue(first.isLocked());
        stack.undo();
        assertSame(person, first.getLabelClass());
        assertSame(person, second.getLabelClass());
        assertFalse(first.isLocked());
        assertFalse(stack.canUndo());
    }

    @Test
    void anImageOffersAnnotationsAsNewChildrenAndCreatingOneUndoes() {
        IEditingDomainItemProvider provider = (IEditingDomainItemProvider) adapters.adapt(image,
                IEditingDomainItemProvider.class);
        CommandParameter annotationChild = null;
        for (Object descriptor : provider.getNewChildDescriptors(image, domain, null)) {
            if (descriptor instanceof CommandParameter parameter
                    && parameter.getEStructuralFeature() == P.getImageAsset_Annotations()) {
                annotationChild = parameter;
            }
        }
        assertNotNull(annotationChild, "an image offers a new annotation");
        Command create = CreateChildCommand.create(domain, image, annotationChild, List.of(image));
        stack.execute(create);
        assertEquals(3, image.getAnnotations().size());
        assertSame(annotationChild.getValue(), image.getAnnotations().get(2));
        assertEquals(List.of(annotationChild.getValue()), List.copyOf(create.getAffectedObjects()));
        stack.undo();
        assertEquals(List.of(first, second), image.getAnnotations());
    }
}
