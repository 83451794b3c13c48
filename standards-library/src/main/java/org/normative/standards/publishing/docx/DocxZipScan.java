package org.normative.standards.publishing.docx;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Looks through the zip of an untrusted DOCX, streamed, before POI opens it: no more parts than the limit, no more
 * bytes unpacked, no part inflating more than the ratio (a zip bomb) or, for XML parts, beyond their limit (POI holds
 * them as trees), no DTD in an XML part, and a {@code word/document.xml} at all. What is counted is what really
 * inflates, not what the zip's headers claim. Shared by the DOCX import and the conformance document check, each of
 * which words the refusal for its own users.
 */
public final class DocxZipScan {

    /** The bounds of a scan; {@code maxRatio} counts once a part has unpacked 100 KB. */
    public record Limits(int maxParts, long maxUnpacked, int maxRatio, long maxXmlPart) {
    }

    public enum Problem { TOO_MANY_PARTS, BOMB, XML_PART_TOO_BIG, DOCTYPE, BROKEN, NO_DOCUMENT }

    /** Why a DOCX was refused, and in which part (null where no part is to blame). */
    public static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final String part;

        Refusal(Problem problem, String part, Throwable cause) {
            super(problem + (part == null ? "" : " in " + part), cause);
            this.problem = problem;
            this.part = part;
        }

        public Problem problem() {
            return problem;
        }

        public String part() {
            return part;
        }
    }

    /** Small parts of repeated markup compress very well: their ratio counts after this many unpacked bytes. */
    private static final long GRACE = 100 * 1024;
    /** The start of an XML part where a DOCTYPE would stand (after the declaration and comments). */
    private static final int HEAD = 64 * 1024;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private DocxZipScan() {
    }

    /** Reads the stream to its end; closes it. */
    public static void scan(InputStream in, Limits limits) throws IOException, Refusal {
        boolean hasDocument = false;
        int parts = 0;
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (CountingStream raw = new CountingStream(in); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++parts > limits.maxParts()) {
                    throw new Refusal(Problem.TOO_MANY_PARTS, null, null);
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
                    if (total > limits.maxUnpacked() || unpacked > GRACE && unpacked > packed * limits.maxRatio()) {
                        throw new Refusal(Problem.BOMB, part, null);
                    }
                    if (xml && unpacked > limits.maxXmlPart()) {
                        throw new Refusal(Problem.XML_PART_TOO_BIG, part, null);
                    }
                }
                if (contains(head, headLength, DOCTYPE)) {
                    throw new Refusal(Problem.DOCTYPE, part, null);
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            throw new Refusal(Problem.BROKEN, null, e);
        }
        if (parts == 0) {
            throw new Refusal(Problem.BROKEN, null, new ZipException("no entries"));
        }
        if (!hasDocument) {
            throw new Refusal(Problem.NO_DOCUMENT, null, null);
        }
    }

    private static boolean contains(byte[] data, int length, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
