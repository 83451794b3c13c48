package org.normative.conformance.input.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.submission.Artifact;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every hostile document gives an ArtifactException with a plain, located message, quickly, on both reading paths
 * (the streaming SAX parse and the Saxon tree), and nothing reaches the file system or the network.
 */
class HostileXmlTest {

    private static final Duration FAST = Duration.ofSeconds(5);
    private static ServerSocketChannel listener;

    @TempDir
    Path folder;

    @BeforeAll
    static void listen() throws IOException {
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        listener.configureBlocking(false);
    }

    @AfterAll
    static void close() throws IOException {
        listener.close();
    }

    /** The two ways the XML kinds read an artifact: streamed (xml-schema) and as a Saxon tree (schematron). */
    enum ReadingPath {
        STREAMED, SAXON_TREE;

        void read(Artifact artifact) throws Exception {
            try (InputStream in = Files.newInputStream(artifact.file())) {
                if (this == STREAMED) {
                    new SafeXml(Limits.DEFAULT).parse(artifact, in, new DefaultHandler());
                } else {
                    SaxonTrees.tree(artifact, in, Limits.DEFAULT);
                }
            }
        }
    }

    static Stream<Arguments> documents() {
        return HostileXml.all(listener.socket().getLocalPort()).stream()
                .flatMap(hostile -> Stream.of(ReadingPath.values()).map(path -> Arguments.of(hostile, path)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("documents")
    void refusedQuicklyWithAPlainLocatedMessage(HostileXml hostile, ReadingPath path) throws Exception {
        Artifact artifact = XmlFixtures.artifact(folder, hostile.fileName(), hostile.content());
        ArtifactException refused = assertTimeoutPreemptively(FAST,
                () -> catchThrowableOfType(() -> path.read(artifact), ArtifactException.class));
        assertPlain(refused, hostile);
    }

    private static void assertPlain(ArtifactException refused, HostileXml hostile) throws IOException {
        assertThat(refused).as("refused").isNotNull();
        String english = refused.text().en();
        assertThat(english).startsWith(hostile.fileName()).contains(hostile.expectedWords())
                .doesNotContain("Exception", "com.sun", "org.xml", "\tat ");
        assertThat(refused.text().zh()).startsWith(hostile.fileName()).isNotEqualTo(english);
        assertThat(english + refused.text().zh()).as("no content of a file the document names")
                .doesNotContain("root:", "/bin/", "nologin");
        assertThat(listener.accept()).as("no connection to the address the document names").isNull();
    }
}
