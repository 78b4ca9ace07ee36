package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.annotide.core.store.FileErrors;
import org.junit.jupiter.api.Test;

/** The JDK's file exceptions often say nothing but the path; the user reads what went wrong too. */
class FileErrorsTest {

    @Test
    void theKindOfProblemComesBeforeTheFile() {
        assertEquals("permission denied: /x/out.json", FileErrors.describe(new AccessDeniedException("/x/out.json")));
        assertEquals("no such file or folder: /x/in.json", FileErrors.describe(new NoSuchFileException("/x/in.json")));
        assertEquals("Is a directory: /x/a.part -> /x/d",
                FileErrors.describe(new FileSystemException("/x/a.part", "/x/d", "Is a directory")));
        assertEquals("disk full", FileErrors.describe(new IOException("disk full")));
        assertEquals("IOException", FileErrors.describe(new IOException()));
    }
}
