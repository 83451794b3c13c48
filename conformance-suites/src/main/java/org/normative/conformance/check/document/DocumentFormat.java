package org.normative.conformance.check.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;

/** The two formats the document kind reads, told from the artifact's content (its media type was detected). */
enum DocumentFormat {
    PDF,
    DOCX;

    /** OLE2 compound file: what Office writes for an encrypted OOXML document and for the old binary formats. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** The name profiles use: "pdf", "docx". */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DocumentFormat of(String key) {
        for (DocumentFormat format : values()) {
            if (format.key().equals(key)) {
                return format;
            }
        }
        return null;
    }

    /**
     * The artifact's format; anything else is refused with what it is: an encrypted Office document (which is an
     * OLE2 file, not a zip), a Word 97-2003 file, or something else entirely.
     */
    static DocumentFormat of(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        if (MediaTypes.PDF.equals(artifact.mediaType())) {
            return PDF;
        }
        if (MediaTypes.DOCX.equals(artifact.mediaType())) {
            return DOCX;
        }
        byte[] head;
        try (InputStream in = context.open(artifact)) {
            head = in.readNBytes(OLE2.length);
        }
        if (Arrays.equals(head, OLE2)) {
            throw oleDocument(artifact);
        }
        throw new ArtifactException("document.notDocument", artifact.name(), MediaTypes.shortName(artifact.mediaType()));
    }

    /** Office encrypts a DOCX into an OLE2 file holding an "EncryptedPackage"; without one, it is a .doc or so. */
    private static ArtifactException oleDocument(Artifact artifact) {
        try (POIFSFileSystem ole = new POIFSFileSystem(artifact.file().toFile(), true)) {
            DirectoryNode root = ole.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return new ArtifactException("document.encrypted", artifact.name());
            }
        } catch (IOException | RuntimeException e) {
            // a broken compound file is still not a document this kind reads
        }
        return new ArtifactException("document.legacyOffice", artifact.name());
    }
}
