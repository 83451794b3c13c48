package org.normative.standards.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.normative.standards.StandardsException;

class BlobStoreTest {

    private static final byte[] CONTENT = "<schema>政务数据</schema>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    private BlobStore store;

    @BeforeEach
    void createStore() throws StandardsException {
        store = new BlobStore(root);
    }

    @Test
    void putReturnsSha256AndSizeOfContent() throws Exception {
        BlobRef ref = store.put(new ByteArrayInputStream(CONTENT));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CONTENT));
        assertThat(ref.sha256()).isEqualTo(expected);
        assertThat(ref.size()).isEqualTo(CONTENT.length);
        assertThat(store.contains(expected)).isTrue();
    }

    @Test
    void storedContentReadsBack() throws Exception {
        String hash = store.put(new ByteArrayInputStream(CONTENT)).sha256();

        try (InputStream in = store.open(hash)) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
        assertThat(store.path(hash)).hasBinaryContent(CONTENT);
    }

    @Test
    void sameContentIsStoredOnce() throws Exception {
        BlobRef first = store.put(new ByteArrayInputStream(CONTENT));
        BlobRef second = store.put(new ByteArrayInputStream(CONTENT.clone()));

        assertThat(second).isEqualTo(first);
        assertThat(storedFiles()).containsExactly(store.path(first.sha256()));
    }

    @Test
    void emptyContentIsStoredToo() throws Exception {
        BlobRef ref = store.put(InputStream.nullInputStream());

        assertThat(ref.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ref.size()).isZero();
        assertThat(store.contains(ref.sha256())).isTrue();
    }

    @Test
    void upperCaseHashFindsTheSameFile() throws Exception {
        String hash = store.put(new ByteArrayInputStream(CONTENT)).sha256();

        assertThat(store.contains(hash.toUpperCase(Locale.ROOT))).isTrue();
    }

    @Test
    void unknownHashIsMissing() {
        String unknown = "0".repeat(64);

        assertThat(store.contains(unknown)).isFalse();
        assertThatThrownBy(() -> store.open(unknown))
                .isInstanceOfSatisfying(StandardsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("blob.missing");
                    assertThat(e.userMessage(Locale.ENGLISH)).contains(unknown);
                });
        assertThatThrownBy(() -> store.path(unknown))
                .isInstanceOfSatisfying(StandardsException.class, e -> assertThat(e.messageKey()).isEqualTo("blob.missing"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "tmp", "../../etc/passwd", "g000000000000000000000000000000000000000000000000000000000000000",
            "00000000000000000000000000000000000000000000000000000000000000000"})
    void malformedHashIsNotContained(String malformed) {
        assertThat(store.contains(malformed)).isFalse();
        assertThatThrownBy(() -> store.open(malformed))
                .isInstanceOfSatisfying(StandardsException.class, e -> assertThat(e.messageKey()).isEqualTo("blob.missing"));
    }

    @Test
    void putLeavesNoPartialFiles() throws Exception {
        store.put(new ByteArrayInputStream(CONTENT));
        store.put(new ByteArrayInputStream(CONTENT));

        assertThat(partFiles()).isEmpty();
    }

    @Test
    void failingStreamLeavesNoPartialFileAndStoresNothing() throws IOException {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 10) {
                    return 'x';
                }
                throw new IOException("disk unplugged");
            }
        };

        assertThatThrownBy(() -> store.put(failing))
                .isInstanceOfSatisfying(StandardsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("blob.io");
                    assertThat(e).hasRootCauseMessage("disk unplugged");
                });
        assertThat(partFiles()).isEmpty();
        assertThat(storedFiles()).isEmpty();
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(root.resolve("tmp"))).toList();
        }
    }

    private List<Path> partFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("tmp"))) {
            return files.toList();
        }
    }
}
