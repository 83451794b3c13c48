package org.normative.conformance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index of each bundled folder lists exactly its files: a jar cannot be listed, so the index must not drift. */
class BundledFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "demo"})
    void theIndexListsEveryFileOfTheFolder(String folder) throws IOException {
        Path root = Path.of("src/main/resources/org/normative/conformance").resolve(folder);
        try (Stream<Path> walk = Files.walk(root)) {
            assertThat(new BundledFiles(folder).files()).containsExactlyElementsOf(walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("index.txt")).sorted().toList());
        }
    }
}
