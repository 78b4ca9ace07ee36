package org.annotide.ui.internal.classes;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The Label Classes view's changes, each one EMF command (one undo step) on the project's editing domain. */
final class LabelClassCommands {

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    private LabelClassCommands() {
    }

    static Command add(EditingDomain domain, Project project, LabelClass labelClass) {
        return labelled(AddCommand.create(domain, project, MODEL.getProject_LabelClasses(), labelClass),
                "Add Class " + labelClass.getName());
    }

    /** Deletes the class; annotations that carried it stay, without a class (EMF's delete unsets references). */
    static Command delete(EditingDomain domain, LabelClass labelClass) {
        return labelled(DeleteCommand.create(domain, labelClass), "Delete Class " + labelClass.getName());
    }

    static Command set(EditingDomain domain, Object owner, Object feature, Object value, String label) {
        return labelled(SetCommand.create(domain, owner, feature, value), label);
    }

    static Command allowedShapes(EditingDomain domain, LabelClass labelClass, List<ShapeKind> kinds) {
        return labelled(SetCommand.create(domain, labelClass, MODEL.getLabelClass_AllowedShapes(), new ArrayList<>(kinds)),
                "Allowed Shapes of " + labelClass.getName());
    }

    /** New keypoint names; a skeleton that names keypoints no longer there is cut to those that are. */
    static Command keypoints(EditingDomain domain, LabelClass labelClass, List<String> names, int[] skeleton) {
        CompoundCommand command = new CompoundCommand("Keypoints of " + labelClass.getName());
        command.append(SetCommand.create(domain, labelClass, MODEL.getLabelClass_KeypointNames(), new ArrayList<>(names)));
        command.append(SetCommand.create(domain, labelClass, MODEL.getLabelClass_SkeletonEdges(), skeleton));
        return command;
    }

    static Command addAttribute(EditingDomain domain, LabelClass labelClass) {
        AttributeDefinition attribute = AnnotideFactory.eINSTANCE.createAttributeDefinition();
        int n = labelClass.getAttributes().size() + 1;
        while (hasAttribute(labelClass, "attribute " + n)) {
            n++;
        }
        attribute.setName("attribute " + n);
        attribute.setType(AttributeType.CHECKBOX);
        attribute.setDefaultValue("false");
        attribute.setMutable(true);
        return labelled(AddCommand.create(domain, labelClass, MODEL.getLabelClass_Attributes(), attribute),
                "Add Attribute to " + labelClass.getName());
    }

    private static boolean hasAttribute(LabelClass labelClass, String name) {
        return labelClass.getAttributes().stream().anyMatch(a -> name.equals(a.getName()));
    }

    static Command removeAttributes(EditingDomain domain, LabelClass labelClass, List<AttributeDefinition> attributes) {
        return labelled(RemoveCommand.create(domain, labelClass, MODEL.getLabelClass_Attributes(), attributes),
                "Remove Attribute(s) of " + labelClass.getName());
    }

    /** A new type; a default that does not fit it is cleared, as are choices of a type without them. */
    static Command attributeType(EditingDomain domain, AttributeDefinition attribute, AttributeType type,
            String fittingDefault) {
        CompoundCommand command = new CompoundCommand("Type of " + attribute.getName());
        command.append(SetCommand.create(domain, attribute, MODEL.getAttributeDefinition_Type(), type));
        command.append(SetCommand.create(domain, attribute, MODEL.getAttributeDefinition_DefaultValue(), fittingDefault));
        return command;
    }

    static Command attributeValues(EditingDomain domain, AttributeDefinition attribute, List<String> values,
            String fittingDefault) {
        CompoundCommand command = new CompoundCommand("Values of " + attribute.getName());
        command.append(SetCommand.create(domain, attribute, MODEL.getAttributeDefinition_Values(), new ArrayList<>(values)));
        command.append(SetCommand.create(domain, attribute, MODEL.getAttributeDefinition_DefaultValue(), fittingDefault));
        return command;
    }

    private static Command labelled(Command command, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
