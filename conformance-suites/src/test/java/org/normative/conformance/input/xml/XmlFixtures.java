package org.normative.conformance.input.xml;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;

/** Files for the XML tests: artifacts written to a temporary folder, suite packages from test resources. */
public final class XmlFixtures {

    private XmlFixtures() {
    }

    public static Artifact artifact(Path folder, String name, String content) throws IOException, ConformanceException {
        return artifact(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Artifact artifact(Path folder, String name, byte[] content) throws IOException, ConformanceException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return new ArtifactIntake().inPlace("document", file);
    }

    /** A folder of the test resources, e.g. a suite package. */
    public static Path resourceFolder(Class<?> near, String name) {
        try {
            return Path.of(near.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared test corpus ({@code ../shared/corpus} beside the project), or null when this machine lacks it. */
    public static Path corpus(String name) {
        Path corpus = Path.of(System.getProperty("user.dir")).resolve("../../shared/corpus").resolve(name).normalize();
        return Files.isDirectory(corpus) ? corpus : null;
    }
}
