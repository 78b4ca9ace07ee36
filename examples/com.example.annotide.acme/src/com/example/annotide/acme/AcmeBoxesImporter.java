package com.example.annotide.acme;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;

/**
 * Reads an ACME box list (see {@link AcmeBoxes}). A line that is not eight fields with numbers where numbers belong,
 * or a box with no area, is rejected with its line number; the others are imported. A file without the header is
 * not an ACME box list and is rejected whole. A new instance per import, as the contract allows; no state.
 */
public final class AcmeBoxesImporter implements FormatImporter {

    @Override
    public int detect(Path source) {
        if (!Files.isRegularFile(source) || !source.getFileName().toString().endsWith(AcmeBoxes.EXTENSION)) {
            return NO;
        }
        try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.strip().equals(AcmeBoxes.HEADER) ? CERTAIN : MAYBE;
        } catch (IOException e) {
            return NO;
        }
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        dataset.readWhole(context.report(), () -> readLines(context, dataset));
    }

    private static void readLines(ImportContext context, Dataset dataset) throws IOException {
        Path file = context.source();
        String name = context.display(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || !line.strip().equals(AcmeBoxes.HEADER)) {
                context.report().rejectFile(name, "line 1", "an ACME box list starts with '" + AcmeBoxes.HEADER + "'");
                return;
            }
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                context.checkCancelled();
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String where = "line " + number;
                if (fields.length != 3 && fields.length != 8) {
                    context.report().reject(name, where, "expected 3 or 8 tab-separated fields, found " + fields.length);
                    continue;
                }
                try {
                    int width = Integer.parseInt(fields[1].strip());
                    int height = Integer.parseInt(fields[2].strip());
                    if (fields.length == 8) {
                        double x = Double.parseDouble(fields[4]);
                        double y = Double.parseDouble(fields[5]);
                        double w = Double.parseDouble(fields[6]);
                        double h = Double.parseDouble(fields[7]);
                        if (!(w > 0 && h > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
                            context.report().reject(name, where, "a box needs a finite position and a positive size");
                            continue;
                        }
                        if (fields[3].isBlank()) {
                            context.report().reject(name, where, "a box needs a label");
                            continue;
                        }
                        ImageAsset image = image(dataset, fields[0], width, height, name, context, where);
                        if (image == null) {
                            continue;
                        }
                        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
                        box.setX(x);
                        box.setY(y);
                        box.setWidth(w);
                        box.setHeight(h);
                        dataset.annotate(image, dataset.labelClass(fields[3]), box);
                    } else if (image(dataset, fields[0], width, height, name, context, where) == null) {
                        continue;
                    }
                    context.report().accepted(1);
                } catch (NumberFormatException e) {
                    context.report().reject(name, where, "not a number: " + e.getMessage());
                }
            }
        }
    }

    private static ImageAsset image(Dataset dataset, String imageName, int width, int height, String file,
            ImportContext context, String where) {
        if (imageName.isBlank()) {
            context.report().reject(file, where, "the image name is empty");
            return null;
        }
        ImageAsset image = dataset.image(imageName, imageName);
        String conflict = dataset.claimSize(image, width, height, file);
        if (conflict != null) {
            context.report().reject(file, where, conflict);
            return null;
        }
        return image;
    }
}
