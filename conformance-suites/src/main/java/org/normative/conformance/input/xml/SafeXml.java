package org.normative.conformance.input.xml;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import org.normative.conformance.check.ArtifactException;
import org.normative.conformance.check.Limits;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.MediaTypes;
import org.normative.standards.xml.SecureSax;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The one way the XML check kinds read a submitted artifact (DESIGN.md, "Untrusted input"): the JDK's own SAX
 * parser hardened by {@link SecureSax} (any DOCTYPE refused outright, so that no entity can be declared, no XXE,
 * no entity bomb, no DTD fetched; no external DTD or schema access; English messages), nesting depth bounded by
 * {@link Limits#maxNestingDepth()}. Every way such a read fails becomes an
 * {@link ArtifactException} with a plain, located message, except a stopped read (time limit, cancel), which
 * stays an {@link InterruptedIOException} for the runner.
 */
public final class SafeXml {

    /** Xerces' property for the language of its messages; ROOT gives English whatever the default locale. */
    public static final String XERCES_LOCALE = SecureSax.XERCES_LOCALE;
    /** Media types that are certainly not XML; anything else goes to the parser, which says what is wrong. */
    private static final java.util.Set<String> NOT_XML =
            java.util.Set.of(MediaTypes.PDF, MediaTypes.ZIP, MediaTypes.DOCX, MediaTypes.XLSX);

    private static final int MAX_WRAPPERS = 16;

    private final Limits limits;

    public SafeXml(Limits limits) {
        this.limits = limits;
    }

    /**
     * A new hardened reader (readers are not thread-safe). Its content handler receives the document's events; its
     * error handler is set to one that stops at the first well-formedness error.
     */
    public XMLReader newReader() {
        try {
            // the JDK's depth limit backs up the filter, which refuses the same depth with a clearer message
            XMLReader parser = SecureSax.newReader(limits.maxNestingDepth() + 1);
            parser.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("no external entity is read: " + systemId);
            });
            DepthLimitFilter reader = new DepthLimitFilter(limits.maxNestingDepth());
            reader.setParent(parser);
            reader.setErrorHandler(STOP_AT_FIRST_ERROR);
            return reader;
        } catch (SAXException e) {
            throw new IllegalStateException("the XML parser of this Java runtime cannot be made safe", e);
        }
    }

    /**
     * Parses an artifact, read from {@code in} (the check context's guarded stream), into {@code handler}: the
     * streaming path, which keeps nothing of the document.
     */
    public void parse(Artifact artifact, InputStream in, ContentHandler handler) throws ArtifactException, IOException {
        requireXmlLooking(artifact);
        XMLReader reader = newReader();
        reader.setContentHandler(handler);
        try {
            reader.parse(source(in, artifact));
        } catch (SAXException e) {
            throw explain(e, artifact, reader);
        }
    }

    /** The input source for an artifact's stream, named for Xerces' messages but never resolved. */
    public static InputSource source(InputStream in, Artifact artifact) {
        InputSource source = new InputSource(in);
        source.setPublicId(artifact.name());
        return source;
    }

    /**
     * Refuses, before parsing, what cannot be XML whatever its name: an empty file, a PDF, a zip or an Office file
     * (the media type was detected from the content at intake).
     */
    public static void requireXmlLooking(Artifact artifact) throws ArtifactException {
        if (artifact.size() == 0 || MediaTypes.EMPTY.equals(artifact.mediaType())) {
            throw new ArtifactException("xml.empty", artifact.name());
        }
        if (NOT_XML.contains(artifact.mediaType())) {
            throw new ArtifactException("xml.notXml", artifact.name(), MediaTypes.shortName(artifact.mediaType()));
        }
    }

    /**
     * What went wrong reading an artifact, for the vendor. Looks through wrappers (Saxon wraps the parser's
     * exception) for the parser's own; a stopped read (time limit, cancel) is rethrown as it is.
     *
     * @param reader the reader that failed, for where it stopped when the exception does not say
     */
    public ArtifactException explain(Exception failure, Artifact artifact, XMLReader reader)
            throws InterruptedIOException {
        rethrowIfStopped(failure);
        Throwable cause = failure;
        for (int hops = 0; cause != null && hops < MAX_WRAPPERS; hops++, cause = next(cause)) {
            if (cause instanceof SAXParseException parse) {
                return explain(parse, artifact);
            }
        }
        Locator where = reader instanceof DepthLimitFilter filter ? filter.locator() : null;
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return where == null
                ? new ArtifactException(failure, "xml.unreadable", artifact.name(), detail)
                : new ArtifactException(failure, "xml.malformed", artifact.name(), where.getLineNumber(),
                        where.getColumnNumber(), detail);
    }

    /**
     * Rethrows the {@link InterruptedIOException} of a read that the time limit or a cancel stopped, however deep
     * the parser or Saxon wrapped it: that is the runner's business, not a fault of the artifact.
     */
    public static void rethrowIfStopped(Throwable failure) throws InterruptedIOException {
        Throwable cause = failure;
        for (int hops = 0; cause != null && hops < MAX_WRAPPERS; hops++, cause = next(cause)) {
            if (cause instanceof InterruptedIOException stopped) {
                throw stopped;
            }
        }
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof SAXException sax && sax.getCause() == null) {
            return sax.getException();
        }
        return cause.getCause();
    }

    private ArtifactException explain(SAXParseException e, Artifact artifact) {
        String message = String.valueOf(e.getMessage());
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        if (e instanceof DepthLimitFilter.TooDeep || message.contains("maxElementDepth")) {
            return new ArtifactException("xml.tooDeep", artifact.name(), limits.maxNestingDepth(), line, column);
        }
        if (message.contains("disallow-doctype-decl")) {
            return new ArtifactException("xml.doctype", artifact.name(), line, column);
        }
        if (e.getException() instanceof CharConversionException || message.contains("-byte UTF-8 sequence")) {
            return new ArtifactException("xml.encoding", artifact.name(), line, column, message);
        }
        return new ArtifactException("xml.malformed", artifact.name(), line, column, message);
    }

    /** Errors end the read (well-formedness: what follows cannot be trusted; a schema: it does not compile). */
    public static final ErrorHandler STOP_AT_FIRST_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings never make a document unreadable; a schema's refused import is known by its resolver
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
