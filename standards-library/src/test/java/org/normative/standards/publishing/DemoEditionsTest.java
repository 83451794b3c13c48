package org.normative.standards.publishing;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The document tests' fixture: one workspace with the demo library per test class, and a folder for files. */
public abstract class DemoEditionsTest {

    @TempDir
    protected static Path temp;
    protected static DemoEditions demo;

    @BeforeAll
    static void openDemo() throws Exception {
        demo = new DemoEditions(temp.resolve("workspace"));
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }
}
