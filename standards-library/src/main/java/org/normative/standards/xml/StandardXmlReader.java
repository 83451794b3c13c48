package org.normative.standards.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.ValidatorHandler;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import org.normative.standards.library.StandardDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a Normative standard file ({@code urn:normative:standard:1}) into a {@link StandardDocument}. The file is
 * untrusted: it is refused if it is over {@value #MAX_BYTES} bytes (before any parsing), if it declares a DOCTYPE
 * (so no entity, internal or external, is ever expanded), if its clauses nest more than {@value #MAX_CLAUSE_DEPTH}
 * deep, or if it does not match {@code docs/schemas/standard-1.xsd}; only a file that passes all of that is
 * unmarshalled. Every failure is a {@link StandardXmlException} whose message names the line and column.
 *
 * <p>The model it returns has no workspace identity: editions and clauses have id 0, and clause numbers follow from
 * their position (1, 1.1, 1.2, 2, ...). Instances hold no state between reads and may be shared between threads.
 */
public final class StandardXmlReader {

    /** 64 MB: far above any real standard, low enough that a file is held in memory twice without harm. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Clauses nest 1, 1.1, 1.1.1, ...; 12 levels is deeper than any standard drafted under ISO or GB/T 1.1 rules. */
    public static final int MAX_CLAUSE_DEPTH = 12;

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final long maxBytes;

    public StandardXmlReader() {
        this(MAX_BYTES);
    }

    /** For tests: a smaller size limit. */
    StandardXmlReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads a standard file; a file over the size limit is refused before it is opened. */
    public StandardDocument read(Path file) throws StandardXmlException {
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (NoSuchFileException e) {
            throw new StandardXmlException(e, XmlMessage.of("standard.xml.noSuchFile", file));
        } catch (IOException e) {
            throw new StandardXmlException(e, XmlMessage.of("standard.xml.unreadable", file, describe(e)));
        }
    }

    /** Reads a standard file from a stream, which it does not close; no more than the size limit is read from it. */
    public StandardDocument read(InputStream in) throws StandardXmlException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new StandardXmlException(e, XmlMessage.of("standard.xml.unreadableStream", describe(e)));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        checkLooksLikeXml(bytes);
        validate(bytes);
        XmlStandard xml = unmarshal(bytes);
        try {
            return StandardXmlMapping.fromXml(xml);
        } catch (RuntimeException e) {
            // the schema admits nothing the model refuses; if that ever changes, say so instead of crashing
            throw new StandardXmlException(e, XmlMessage.of("standard.xml.content", describe(e)));
        }
    }

    /**
     * Checks the bytes of a standard file without reading them into a model: well-formed, no DOCTYPE, not too deep,
     * valid against the schema. The writer checks what it wrote with this too.
     */
    static void validate(byte[] bytes) throws StandardXmlException {
        ContentChecks checks = new ContentChecks(MAX_CLAUSE_DEPTH);
        ValidationErrors errors = new ValidationErrors(checks);
        try {
            XMLReader reader = StandardXmlFormat.newSecureReader();
            ValidatorHandler validator = StandardXmlFormat.newValidatorHandler();
            validator.setErrorHandler(errors);
            checks.setContentHandler(validator);
            reader.setContentHandler(checks);
            reader.setErrorHandler(errors);
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
            errors.finish();
        } catch (SAXException e) {
            throw refusal(e, checks);
        } catch (IOException | RuntimeException e) {
            // a ByteArrayInputStream does not fail; this is the parser failing on bytes it could not decode
            throw new StandardXmlException(e, XmlMessage.of("standard.xml.notWellFormed", describe(e)),
                    checks.line(), checks.column());
        }
    }

    private static XmlStandard unmarshal(byte[] bytes) throws StandardXmlException {
        try {
            Unmarshaller unmarshaller = StandardXmlFormat.context().createUnmarshaller();
            SAXSource source = new SAXSource(StandardXmlFormat.newSecureReader(),
                    new InputSource(new ByteArrayInputStream(bytes)));
            return (XmlStandard) unmarshaller.unmarshal(source);
        } catch (JAXBException | SAXException | RuntimeException e) {
            throw new StandardXmlException(e, XmlMessage.of("standard.xml.content", describe(e)));
        }
    }

    private static StandardXmlException refusal(SAXException e, ContentChecks checks) {
        // the parser passes what a handler throws on as it is, but look through wrappers in case one wraps it
        Throwable t = e;
        for (int i = 0; t != null && i < 10; i++, t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal.error();
            }
        }
        if (e instanceof SAXParseException parse) {
            return new StandardXmlException(e, XmlMessage.of("standard.xml.notWellFormed", describe(e)),
                    parse.getLineNumber(), parse.getColumnNumber());
        }
        return new StandardXmlException(e, XmlMessage.of("standard.xml.notWellFormed", describe(e)),
                checks.line(), checks.column());
    }

    /** A file that does not start with {@code <} (after a byte order mark and white space) is not XML at all. */
    private static void checkLooksLikeXml(byte[] bytes) throws StandardXmlException {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return; // UTF-16: the parser decides
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        if (i == bytes.length) {
            throw new StandardXmlException(XmlMessage.of("standard.xml.empty"));
        }
        if (bytes[i] != '<') {
            throw new StandardXmlException(XmlMessage.of("standard.xml.notXml"));
        }
    }

    private StandardXmlException tooLarge() {
        return new StandardXmlException(XmlMessage.of("standard.xml.tooLarge", maxBytes / MEGABYTE));
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? ValidationErrors.shorten(e.getMessage()) : e.getClass().getSimpleName();
    }
}
