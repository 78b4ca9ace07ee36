package org.annotide.ui.internal.trainingsets;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The training-set edits as EMF commands, each one undoable step with a label naming it. */
public final class TrainingSetCommands {

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    private TrainingSetCommands() {
    }

    public static TrainingSet newSet(String name, Collection<Tile> tiles) {
        TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
        set.setId(UUID.randomUUID().toString());
        set.setName(name);
        set.setCreatedBy(System.getProperty("user.name", "annotide"));
        set.setCreatedAt(new Date());
        set.getTiles().addAll(tiles);
        return set;
    }

    public static Command create(EditingDomain domain, Project project, TrainingSet set) {
        return labelled(AddCommand.create(domain, project, MODEL.getProject_TrainingSets(), set),
                "Create training set '" + set.getName() + "'");
    }

    public static Command duplicate(EditingDomain domain, TrainingSet original) {
        TrainingSet copy = newSet(original.getName() + " (copy)", original.getTiles());
        copy.setDescription(original.getDescription());
        Project project = (Project) original.eContainer();
        return labelled(AddCommand.create(domain, project, MODEL.getProject_TrainingSets(), copy,
                project.getTrainingSets().indexOf(original) + 1), "Duplicate training set '" + original.getName() + "'");
    }

    public static Command delete(EditingDomain domain, List<TrainingSet> sets) {
        return labelled(DeleteCommand.create(domain, sets),
                sets.size() == 1 ? "Delete training set '" + sets.get(0).getName() + "'" : "Delete " + sets.size() + " training sets");
    }

    public static Command rename(EditingDomain domain, TrainingSet set, String name) {
        return labelled(SetCommand.create(domain, set, MODEL.getNamed_Name(), name), "Rename training set");
    }

    public static Command describe(EditingDomain domain, TrainingSet set, String description) {
        return labelled(SetCommand.create(domain, set, MODEL.getNamed_Description(), description),
                "Describe training set");
    }

    public static Command addTiles(EditingDomain domain, TrainingSet set, Collection<Tile> tiles) {
        List<Tile> missing = tiles.stream().filter(t -> !set.getTiles().contains(t)).distinct().toList();
        return labelled(AddCommand.create(domain, set, MODEL.getTrainingSet_Tiles(), missing),
                "Add " + missing.size() + " tile(s) to '" + set.getName() + "'");
    }

    public static Command removeTiles(EditingDomain domain, TrainingSet set, Collection<Tile> tiles) {
        return labelled(RemoveCommand.create(domain, set, MODEL.getTrainingSet_Tiles(), tiles),
                "Remove " + tiles.size() + " tile(s) from '" + set.getName() + "'");
    }

    private static Command labelled(Command command, String label) {
        return new org.eclipse.emf.common.command.CommandWrapper(label, label, command);
    }
}
