package org.normative.standards.xml;

import java.util.Locale;

import org.normative.standards.StandardsException;

/**
 * A standard file that cannot be read, or a standard that cannot be written, with a message for people that says
 * where (line and column) and what is wrong. {@link #messageKey()} names the problem (for example
 * {@code standard.xml.doctype}); the texts live in this package's own bundle,
 * {@code org/normative/standards/xml/messages*.properties}, which is why {@link #userMessage(Locale)} and
 * {@link #getMessage()} are resolved here rather than in {@link StandardsException}'s shared bundle.
 */
public final class StandardXmlException extends StandardsException {

    private static final long serialVersionUID = 1L;

    private final transient XmlMessage problem;
    private final transient XmlMessage message;

    StandardXmlException(XmlMessage problem) {
        this(null, problem, 0, 0);
    }

    StandardXmlException(Throwable cause, XmlMessage problem) {
        this(cause, problem, 0, 0);
    }

    /** A problem at a place in the file; a line below 1 means the place is not known. */
    StandardXmlException(Throwable cause, XmlMessage problem, int line, int column) {
        super(cause, problem.key(), problem.arguments().toArray());
        this.problem = problem;
        this.message = line < 1 ? problem : XmlMessage.of("standard.xml.at", line, Math.max(column, 1), problem);
    }

    /** The problem without its place, for a message that wraps it. */
    XmlMessage problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return message == null ? super.getMessage() : message.format(Locale.ROOT);
    }

    @Override
    public String userMessage(Locale locale) {
        return message == null ? super.userMessage(locale) : message.format(locale);
    }
}
