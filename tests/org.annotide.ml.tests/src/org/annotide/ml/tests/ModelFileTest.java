package org.annotide.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annotide.ml.EpochResult;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.TrainingException;
import org.annotide.model.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file carries its own description and is written all or nothing. */
class ModelFileTest {

    @TempDir
    Path temp;

    static ModelDescriptor descriptor(String id) {
        return new ModelDescriptor(id, "shoes", "test.trainer", TaskType.CLASSIFY, "n", List.of("boot", "sandal"), 28, 1,
                new float[] {0.25f}, new float[] {0.5f}, Map.of("epochs", "2"), Map.of("top1", 0.75),
                List.of(new EpochResult(1, 1.5, 1.25, Map.of("top1", 0.5), 10),
                        new EpochResult(2, 1.0, 0.75, Map.of("top1", 0.75), 12)),
                Map.of("dataset.train", "8"), 1234L);
    }

    @Test
    void writesAndReadsBackEverything() throws Exception {
        Path weights = Files.writeString(temp.resolve("w"), "weights");
        Path file = temp.resolve("m.atm");
        ModelFile.write(file, descriptor("abc"), Map.of("weights.params", weights));
        ModelFile read = ModelFile.read(file);
        ModelDescriptor d = read.descriptor();
        assertEquals("abc", d.id());
        assertEquals(List.of("boot", "sandal"), d.classes());
        assertEquals(0.25f, d.mean()[0]);
        assertEquals(0.5f, d.std()[0]);
        assertEquals(0.75, d.metrics().get("top1"));
        assertEquals(2, d.epochs().size());
        assertEquals(0.75, d.epochs().get(1).validationLoss());
        assertEquals("8", d.dataset().get("dataset.train"));
        try (InputStream in = read.open("weights.params")) {
            assertEquals("weights", new String(in.readAllBytes()));
        }
        assertFalse(Files.exists(temp.resolve("m.atm.tmp")));
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithAClearMessage() throws IOException {
        Path text = Files.writeString(temp.resolve("x.atm"), "hello");
        TrainingException e = assertThrows(TrainingException.class, () -> ModelFile.read(text));
        assertTrue(e.getMessage().contains("not an Annotide model file"), e.getMessage());
        assertFalse(ModelFile.isModelFile(text));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path weights = Files.writeString(temp.resolve("w"), "weights");
        Path file = temp.resolve("m.atm");
        ModelFile.write(file, descriptor("old"), Map.of("weights.params", weights));
        byte[] before = Files.readAllBytes(file);
        Path missing = temp.resolve("no-such-payload");
        assertThrows(IOException.class, () -> ModelFile.write(file, descriptor("new"), Map.of("weights.params", missing)));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
        assertFalse(Files.exists(temp.resolve("m.atm.tmp")));
    }
}
