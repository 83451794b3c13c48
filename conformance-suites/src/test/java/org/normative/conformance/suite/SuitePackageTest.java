package org.normative.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.conformance.ConformanceException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.run.TestSuites;

class SuitePackageTest {

    @TempDir
    Path dir;

    @Test
    void aZipHashesLikeTheFolderItWasMadeFromAndIsDeletedWhenClosed() throws Exception {
        Path folder = TestSuites.write(dir.resolve("suite"), TestSuites.testCase("/t/a", "core", "pass"));
        Files.createDirectories(folder.resolve("resources"));
        Files.writeString(folder.resolve("resources/a.txt"), "a");
        Path zip = dir.resolve("suite.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "suite/suite.xml", Files.readAllBytes(folder.resolve("suite.xml")));
            add(out, "suite/resources/a.txt", "a".getBytes());
        }
        String folderHash = SuitePackage.inFolder(folder).sha256();
        Path unpacked;
        try (SuitePackage fromZip = SuitePackage.open(zip, Limits.DEFAULT)) {
            assertThat(fromZip.sha256()).isEqualTo(folderHash);
            unpacked = fromZip.root();
            assertThat(unpacked.resolve("resources/a.txt")).hasContent("a");
        }
        assertThat(unpacked).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheDisk() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("suite.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1 << 20);
        assertThatThrownBy(() -> SuitePackage.open(zip, Limits.DEFAULT)).isInstanceOf(ConformanceException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void anEntryThatWouldLandOutsideThePackageIsRefused() throws Exception {
        Path zip = dir.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "../../evil.txt", "x".getBytes());
        }
        assertThatThrownBy(() -> SuitePackage.open(zip, Limits.DEFAULT)).hasMessageContaining("outside the package: ../../evil.txt");
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void garbageAndFoldersWithoutSuiteXmlAreRefused() throws Exception {
        Path garbage = dir.resolve("garbage.zip");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> SuitePackage.open(garbage, Limits.DEFAULT)).isInstanceOf(ConformanceException.class);
        assertThatThrownBy(() -> SuitePackage.open(dir, Limits.DEFAULT)).hasMessageContaining("no suite.xml");
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        ((OutputStream) out).write(content);
        out.closeEntry();
    }
}
