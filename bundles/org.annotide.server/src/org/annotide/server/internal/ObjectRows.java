package org.annotide.server.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A project's model as rows of {@code content_objects} and back. The objects are numbered in containment order from
 * the project (0); objects outside the model that it refers to (the journaled store keeps those after the model) are
 * numbered after it, with no container. Each row says where its object sits (container, containment feature,
 * position) and holds the other features as JSON ({@link ObjectFields}).
 */
public final class ObjectRows {

    /** One row; {@code object} is the model object when the row was made from one (import), else null. */
    public record Row(long id, Long container, String feature, int position, String eclass, String fields, EObject object) {

        public Row(long id, Long container, String feature, int position, String eclass, String fields) {
            this(id, container, feature, position, eclass, fields, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectRows() {
    }

    /** The rows of a project's model, the project first. */
    public static List<Row> write(Project project) {
        Numbering numbering = new Numbering();
        numbering.number(project, null, null, 0);
        // what the model refers to outside itself: numbered too, with whatever it contains, until nothing is left out
        for (int i = 0; i < numbering.objects.size(); i++) {
            EObject object = numbering.objects.get(i);
            for (EObject target : object.eCrossReferences()) {
                if (!numbering.ids.containsKey(target)) {
                    numbering.number(EcoreUtil.getRootContainer(target), null, null, 0);
                }
            }
        }
        List<Row> rows = new ArrayList<>(numbering.objects.size());
        for (int i = 0; i < numbering.objects.size(); i++) {
            EObject object = numbering.objects.get(i);
            Placement at = numbering.placements.get(i);
            String fields;
            try {
                fields = JSON.writeValueAsString(ObjectFields.write(object, numbering.ids::get));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            rows.add(new Row(i, at.container, at.feature, at.position, object.eClass().getName(), fields, object));
        }
        return rows;
    }

    /**
     * The project the rows hold (object 0), built outside any store; rows of classes or features the model no longer
     * has are passed over with a note.
     *
     * @param rows ordered by container (none first), feature and position
     * @throws IllegalStateException when there is no project row
     */
    public static Project read(List<Row> rows, List<String> notes) {
        return read(rows, notes, new HashMap<>(rows.size() * 2));
    }

    /** As {@link #read(List, List)}, filling objects with each object built, by id. */
    public static Project read(List<Row> rows, List<String> notes, Map<Long, EObject> objects) {
        List<JsonNode> fields = new ArrayList<>(rows.size());
        for (Row row : rows) {
            EClassifier classifier = AnnotidePackage.eINSTANCE.getEClassifier(row.eclass());
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                objects.put(row.id(), EcoreUtil.create(eClass));
            } else {
                notes.add("object " + row.id() + " is of the class " + row.eclass()
                        + ", which the model no longer has: passed over");
            }
            try {
                fields.add(JSON.readTree(row.fields()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("object " + row.id() + " does not read: " + e.getOriginalMessage(), e);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            EObject object = objects.get(rows.get(i).id());
            if (object != null) {
                ObjectFields.readAttributes(object, fields.get(i), notes);
            }
        }
        for (Row row : rows) {
            EObject child = objects.get(row.id());
            if (child == null || row.container() == null) {
                continue;
            }
            EObject parent = objects.get(row.container());
            EStructuralFeature feature = parent == null ? null : parent.eClass().getEStructuralFeature(row.feature());
            if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                notes.add("object " + row.id() + " sits in " + row.feature() + " of object " + row.container()
                        + ", which is not there: passed over");
                objects.remove(row.id());
                continue;
            }
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(reference);
                list.addUnique(child); // the rows were unique when written, as the store's checkpoints assume
            } else {
                parent.eSet(reference, child);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            EObject object = objects.get(rows.get(i).id());
            if (object != null) {
                ObjectFields.readReferences(object, fields.get(i), objects::get, notes);
            }
        }
        if (!(objects.get(0L) instanceof Project project)) {
            throw new IllegalStateException("the rows hold no project (object 0)");
        }
        return project;
    }

    private record Placement(Long container, String feature, int position) {
    }

    private static final class Numbering {
        final Map<EObject, Long> ids = new IdentityHashMap<>();
        final List<EObject> objects = new ArrayList<>();
        final List<Placement> placements = new ArrayList<>();

        void number(EObject object, Long container, String feature, int position) {
            long id = objects.size();
            ids.put(object, id);
            objects.add(object);
            placements.add(new Placement(container, feature, position));
            for (EReference containment : object.eClass().getEAllContainments()) {
                if (containment.isTransient() || containment.isDerived() || !object.eIsSet(containment)) {
                    continue;
                }
                if (containment.isMany()) {
                    int at = 0;
                    for (Object child : (List<?>) object.eGet(containment)) {
                        number((EObject) child, id, containment.getName(), at++);
                    }
                } else {
                    number((EObject) object.eGet(containment), id, containment.getName(), 0);
                }
            }
        }
    }
}
