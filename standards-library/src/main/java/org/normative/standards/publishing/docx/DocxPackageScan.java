package org.normative.standards.publishing.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.normative.standards.StandardsException;

/**
 * The checks of a DOCX to import before POI opens it: the file's size, that it is a zip at all (an encrypted DOCX
 * or an old .doc is an OLE2 file), then the zip itself ({@link DocxZipScan}: parts, inflate ratio, DTDs).
 */
final class DocxPackageScan {

    static final long MAX_FILE = 64L << 20;
    static final DocxZipScan.Limits LIMITS = new DocxZipScan.Limits(2_000, 256L << 20, 100, 64L << 20);
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
            try (InputStream in = Files.newInputStream(file)) {
                byte[] magic = in.readNBytes(4);
                if (Arrays.equals(magic, OLE2)) {
                    throw new StandardsException("document.docx.encrypted", name);
                }
                if (!Arrays.equals(magic, ZIP)) {
                    throw new StandardsException("document.docx.notDocx", name);
                }
            }
            DocxZipScan.scan(Files.newInputStream(file), LIMITS);
        } catch (IOException e) {
            throw new StandardsException(e, "document.docx.read", name, e.getMessage());
        } catch (DocxZipScan.Refusal refusal) {
            throw switch (refusal.problem()) {
                case TOO_MANY_PARTS -> new StandardsException("document.docx.tooManyParts", name, LIMITS.maxParts());
                case BOMB, XML_PART_TOO_BIG -> new StandardsException("document.docx.bomb", name, refusal.part(),
                        LIMITS.maxRatio(), LIMITS.maxUnpacked() >> 20);
                case DOCTYPE -> new StandardsException("document.docx.doctype", name, refusal.part());
                case BROKEN -> new StandardsException(refusal.getCause(), "document.docx.broken", name,
                        refusal.getCause().getMessage());
                case NO_DOCUMENT -> new StandardsException("document.docx.noDocument", name);
            };
        }
    }
}
