package org.normative.standards.publishing.docx;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.normative.standards.StandardsException;

/**
 * Looks through a DOCX before POI opens it, since a document to import is untrusted: the file's size, that it is a
 * zip at all (an encrypted DOCX or an old .doc is an OLE2 file), no more than {@link #MAX_PARTS} parts, no more than
 * {@link #MAX_UNPACKED} bytes unpacked, no part inflating more than {@link #MAX_RATIO} times (a zip bomb), no XML
 * part over {@link #MAX_XML_PART} (POI holds them as trees), no DTD in an XML part (no entity is ever expanded), and
 * a {@code word/document.xml}. What is counted is what really inflates, not what the zip's headers claim.
 */
final class DocxPackageScan {

    static final long MAX_FILE = 64L << 20;
    static final int MAX_PARTS = 2_000;
    static final long MAX_UNPACKED = 256L << 20;
    static final long MAX_XML_PART = 64L << 20;
    static final int MAX_RATIO = 100;
    /** Unpacked bytes of a part before its ratio counts: small parts of repeated markup compress very well. */
    private static final long GRACE = 100 * 1024;
    /** The start of an XML part where a DOCTYPE would stand (after the declaration and comments). */
    private static final int HEAD = 64 * 1024;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private DocxPackageScan() {
    }

    static void scan(Path file) throws StandardsException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > MAX_FILE) {
                throw new StandardsException("document.docx.tooBig", name, size >> 20, MAX_FILE >> 20);
            }
            byte[] magic = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(magic, 0, 4);
                if (n == 4 && java.util.Arrays.equals(magic, OLE2)) {
                    throw new StandardsException("document.docx.encrypted", name);
                }
                if (n < 4 || !java.util.Arrays.equals(magic, ZIP)) {
                    throw new StandardsException("document.docx.notDocx", name);
                }
            }
            entries(file, name);
        } catch (IOException e) {
            throw new StandardsException(e, "document.docx.read", name, e.getMessage());
        }
    }

    private static void entries(Path file, String name) throws IOException, StandardsException {
        boolean hasDocument = false;
        int parts = 0;
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (CountingStream raw = new CountingStream(Files.newInputStream(file)); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++parts > MAX_PARTS) {
                    throw new StandardsException("document.docx.tooManyParts", name, MAX_PARTS);
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
                    if (total > MAX_UNPACKED || unpacked > GRACE && unpacked > packed * MAX_RATIO
                            || xml && unpacked > MAX_XML_PART) {
                        throw new StandardsException("document.docx.bomb", name, part, MAX_RATIO, MAX_UNPACKED >> 20);
                    }
                }
                if (contains(head, headLength, DOCTYPE)) {
                    throw new StandardsException("document.docx.doctype", name, part);
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            throw new StandardsException(e, "document.docx.broken", name, e.getMessage());
        }
        if (!hasDocument) {
            throw new StandardsException("document.docx.noDocument", name);
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
