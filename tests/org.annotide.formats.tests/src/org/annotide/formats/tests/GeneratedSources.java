package org.annotide.formats.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Small sources for the formats the fixtures do not cover, written by hand in each format's documented form. */
final class GeneratedSources {

    private GeneratedSources() {
    }

    static void write(String format, Path folder) throws IOException {
        Files.createDirectories(folder);
        switch (format) {
            case "labelstudio-min" -> Files.writeString(folder.resolve("min.json"), """
                    [{"image": "/data/upload/1/a.png", "id": 1,
                      "label": [{"x": 10, "y": 20, "width": 30, "height": 40, "rotation": 15,
                                 "rectanglelabels": ["cat"], "original_width": 200, "original_height": 100}],
                      "poly": [{"points": [[10, 10], [50, 10], [30, 60]], "polygonlabels": ["dog"],
                                "original_width": 200, "original_height": 100}],
                      "kp": [{"x": 50, "y": 50, "width": 0.5, "keypointlabels": ["nose"],
                              "original_width": 200, "original_height": 100}],
                      "choice": "indoor",
                      "annotator": 3, "annotation_id": 7, "lead_time": 1.5}]
                    """, StandardCharsets.UTF_8);
            case "simple-json" -> Files.writeString(folder.resolve("dataset.json"),
                    "{\"a.png\": [\"cat\", \"indoor\"], \"b.png\": [], \"c.png\": \"dog\"}", StandardCharsets.UTF_8);
            case "csv" -> Files.writeString(folder.resolve("dataset.csv"),
                    "image,class,annotator\na.png,cat,ann\na.png,indoor,\nb.png,,\n\"c,1.png\",dog,x\n",
                    StandardCharsets.UTF_8);
            case "yolo-classify" -> {
                for (String path : new String[] {"train/cat/a.png", "train/dog/b.png", "val/cat/c.png"}) {
                    Path image = folder.resolve(path);
                    Files.createDirectories(image.getParent());
                    ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
                }
            }
            default -> throw new IllegalArgumentException(format);
        }
    }
}
