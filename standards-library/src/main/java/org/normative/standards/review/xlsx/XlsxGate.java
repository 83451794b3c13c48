package org.normative.standards.review.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.normative.standards.StandardsException;

/**
 * Looks at a workbook before POI does, since a commenting template comes from outside: it must be a zip of
 * reasonable size and entry count that does not unpack to far more than it holds (zip bomb) and whose XML declares
 * no DTD (XXE). Done here rather than through POI's process-wide {@code ZipSecureFile} settings, which other readers
 * in the same process set for their own limits.
 */
final class XlsxGate {

    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;
    /** Spreadsheet XML packs well, but not a hundredfold once it is past a megabyte. */
    static final int MAX_RATIO = 100;
    private static final long RATIO_FROM_BYTES = 1024 * 1024;

    private XlsxGate() {
    }

    static void check(Path file) throws StandardsException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new StandardsException("review.xlsx.tooLarge", name, size, MAX_FILE_BYTES);
            }
            if (!startsLikeAZip(file)) {
                throw new StandardsException("review.xlsx.notXlsx", name);
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    throw new StandardsException("review.xlsx.bomb", name);
                }
                long unpacked = 0;
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    unpacked += inspect(zip, entry, name, MAX_UNPACKED_BYTES - unpacked);
                }
            }
        } catch (ZipException e) {
            throw new StandardsException(e, "review.xlsx.notXlsx", name);
        } catch (IOException e) {
            throw new StandardsException(e, "review.xlsx.unreadable", name, e.getMessage());
        }
    }

    private static boolean startsLikeAZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /** Unpacks one entry, counting and looking for a DTD, and stops as soon as it exceeds what is allowed. */
    private static long inspect(ZipFile zip, ZipEntry entry, String name, long allowed) throws IOException, StandardsException {
        boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
        long compressed = Math.max(1, entry.getCompressedSize());
        long count = 0;
        String tail = "";
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                count += read;
                if (count > allowed || (count > RATIO_FROM_BYTES && count / compressed > MAX_RATIO)) {
                    throw new StandardsException("review.xlsx.bomb", name);
                }
                if (xml) {
                    // keep a few characters of the previous block so a declaration split across blocks is found
                    String text = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
                    if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
                        throw new StandardsException("review.xlsx.doctype", name);
                    }
                    tail = text.substring(Math.max(0, text.length() - 9));
                }
            }
        }
        return count;
    }
}
