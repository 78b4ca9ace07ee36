package org.annotide.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.annotide.model.AttributeDefinition;
import org.annotide.model.LabelClass;

/**
 * Compares ontologies (the label classes of projects): a training project needs exactly the ontology of its
 * source projects. Classes are compared by name; for each class its allowed shapes, keypoint names, skeleton,
 * keypoint sigmas, supercategory and attributes must be equal too. Colours and hotkeys are display only.
 */
public final class Ontology {

    private Ontology() {
    }

    /** What differs between two ontologies, one line each; empty when they are the same. */
    public static List<String> differences(List<LabelClass> first, String firstName, List<LabelClass> second,
            String secondName) {
        List<String> differences = new ArrayList<>();
        Map<String, LabelClass> a = byName(first);
        Map<String, LabelClass> b = byName(second);
        for (String name : new TreeSet<>(a.keySet())) {
            if (!b.containsKey(name)) {
                differences.add("class '" + name + "' is in " + firstName + " but not in " + secondName);
            }
        }
        for (String name : new TreeSet<>(b.keySet())) {
            if (!a.containsKey(name)) {
                differences.add("class '" + name + "' is in " + secondName + " but not in " + firstName);
            }
        }
        for (String name : new TreeSet<>(a.keySet())) {
            LabelClass x = a.get(name);
            LabelClass y = b.get(name);
            if (y == null) {
                continue;
            }
            compare(differences, name, "allowed shapes", new TreeSet<>(x.getAllowedShapes()).toString(),
                    new TreeSet<>(y.getAllowedShapes()).toString(), firstName, secondName);
            compare(differences, name, "keypoint names", x.getKeypointNames().toString(),
                    y.getKeypointNames().toString(), firstName, secondName);
            compare(differences, name, "skeleton", Arrays.toString(x.getSkeletonEdges()),
                    Arrays.toString(y.getSkeletonEdges()), firstName, secondName);
            compare(differences, name, "keypoint sigmas", Arrays.toString(x.getKeypointSigmas()),
                    Arrays.toString(y.getKeypointSigmas()), firstName, secondName);
            compare(differences, name, "supercategory", String.valueOf(x.getSupercategory()),
                    String.valueOf(y.getSupercategory()), firstName, secondName);
            compare(differences, name, "attributes", attributes(x), attributes(y), firstName, secondName);
        }
        return differences;
    }

    private static void compare(List<String> differences, String className, String what, String x, String y,
            String firstName, String secondName) {
        if (!Objects.equals(x, y)) {
            differences.add("class '" + className + "': " + what + " " + x + " in " + firstName + ", " + y + " in "
                    + secondName);
        }
    }

    private static String attributes(LabelClass labelClass) {
        return labelClass.getAttributes().stream().map(Ontology::attribute).sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String attribute(AttributeDefinition definition) {
        return definition.getName() + ":" + definition.getType() + definition.getValues();
    }

    private static Map<String, LabelClass> byName(List<LabelClass> classes) {
        Map<String, LabelClass> map = new LinkedHashMap<>();
        for (LabelClass labelClass : classes) {
            map.putIfAbsent(String.valueOf(labelClass.getName()), labelClass);
        }
        return map;
    }
}
