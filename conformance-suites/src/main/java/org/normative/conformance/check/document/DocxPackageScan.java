package org.normative.conformance.check.document;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.CheckContext;
import org.normative.conformance.check.Limits;
import org.normative.conformance.submission.Artifact;

/**
 * Looks through a DOCX's zip, streamed through the check's guarded stream, before POI opens it: no more parts than
 * {@link Limits#maxZipEntries()}, no more than {@link Limits#maxZipBytes()} unpacked, no part inflating more than
 * {@link Limits#maxZipRatio()} times (a zip bomb) or, for XML parts, beyond {@link Limits#maxTreeBytes()} (POI holds
 * them as trees), no DTD in an XML part, and a {@code word/document.xml} at all. What is counted is what really
 * inflates, not what the zip's headers claim.
 */
final class DocxPackageScan {

    /** Unpacked bytes of a part before its ratio counts: small parts of repeated markup compress very well. */
    private static final long GRACE = 100 * 1024;
    /** The start of an XML part where a DOCTYPE would stand (after the declaration and comments). */
    private static final int HEAD = 64 * 1024;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private DocxPackageScan() {
    }

    static void scan(Artifact artifact, CheckContext context) throws ArtifactException, IOException {
        Limits limits = context.limits();
        String name = artifact.name();
        boolean hasDocument = false;
        int parts = 0;
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (CountingStream raw = new CountingStream(context.open(artifact)); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++parts > limits.maxZipEntries()) {
                    throw new ArtifactException("document.docx.tooManyParts", name, limits.maxZipEntries());
                }
                String part = entry.getName();
                boolean xml = part.endsWith(".xml") || part.endsWith(".rels");
                hasDocument |= "word/document.xml".equals(part);
                long packedStart = raw.count;
                long unpacked = 0;
                byte[] head = new byte[xml ? HEAD : 0];
                int headLength = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    unpacked += n;
                    total += n;
                    long packed = Math.max(1, raw.count - packedStart);
                    if (total > limits.maxZipBytes() || unpacked > GRACE && unpacked > packed * limits.maxZipRatio()) {
                        throw new ArtifactException("document.docx.bomb", name, part, limits.maxZipRatio(), limits.maxZipBytes() >> 20);
                    }
                    if (xml && unpacked > limits.maxTreeBytes()) {
                        throw new ArtifactException("document.docx.partTooBig", name, part, limits.maxTreeBytes() >> 20);
                    }
                }
                if (indexOf(head, headLength, DOCTYPE) >= 0) {
                    throw new ArtifactException("document.docx.doctype", name, part);
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            throw new ArtifactException(e, "document.docx.broken", name, Failures.detail(e));
        }
        if (parts == 0) {
            throw new ArtifactException("document.docx.broken", name, "no entries");
        }
        if (!hasDocument) {
            throw new ArtifactException("document.docx.noDocument", name);
        }
    }

    private static int indexOf(byte[] data, int length, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Counts the packed bytes the zip reader takes, for the inflate ratio of each part. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
