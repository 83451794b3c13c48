package org.normative.standards.xml;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Turns the parser's and the schema validator's first complaint into a message for people, with its line and
 * column, and stops the parse there. The JDK's messages are technical ("cvc-enumeration-valid: Value 'shal' is not
 * facet-valid with respect to enumeration ..."); those this schema can cause are recognised (the parser is told to
 * speak English, so they can be) and said plainly, naming the element or attribute. Anything else is passed on
 * with its technical code removed. (Identity constraints, keys and references, are checked by {@link ContentChecks}.)
 *
 * <p>A wrong simple value comes as two errors at the same place: first the facet that failed (with the allowed
 * values), then the attribute or element that holds it. The first is kept until the second arrives, and the two
 * make one message.
 */
final class ValidationErrors implements ErrorHandler {

    private static final int MAX_QUOTED_LENGTH = 80;

    private static final Pattern CODED = Pattern.compile("(cvc-[A-Za-z0-9.\\-]+): (.*)", Pattern.DOTALL);
    private static final Pattern ENUMERATION = Pattern.compile(
            "Value '(.*)' is not facet-valid with respect to enumeration '\\[(.*)\\]'\\. .*", Pattern.DOTALL);
    private static final Pattern FACET_VALUE = Pattern.compile(
            "(?:Value )?'(.*)' (?:is not facet-valid|is not a valid value|with length|has \\d+ total digits).*", Pattern.DOTALL);
    private static final Pattern FACET_TYPE = Pattern.compile(".* for type '([^']*)'\\.", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile(
            "The value '(.*)' of attribute '([^']*)' on element '([^']*)' is not valid with respect to its type, '([^']*)'\\.",
            Pattern.DOTALL);
    /** cvc-type.3.1.3, or cvc-complex-type.2.2 for an element with attributes; after a facet error both mean the text. */
    private static final Pattern ELEMENT_VALUE = Pattern.compile(
            "The value '(.*)' of element '([^']*)' is not valid\\.|Element '([^']*)' must have no element \\[children\\], "
                    + "and the value must be valid\\.", Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile(
            "Invalid content was found starting with element '([^']*)'\\. One of '\\{(.*)\\}' is expected\\.", Pattern.DOTALL);
    private static final Pattern UNEXPECTED_AT_END = Pattern.compile(
            "Invalid content was found starting with element '([^']*)'\\. No child element is expected at this point\\.");
    private static final Pattern INCOMPLETE = Pattern.compile(
            "The content of element '([^']*)' is not complete\\. One of '\\{(.*)\\}' is expected\\.", Pattern.DOTALL);
    private static final Pattern TOO_MANY = Pattern.compile("'([^']*)' can occur a maximum of '(\\d+)' times.*", Pattern.DOTALL);
    private static final Pattern MUST_BE_EMPTY = Pattern.compile("Element '([^']*)' must have no character or element .*");
    private static final Pattern TEXT_ONLY = Pattern.compile(
            "Element '([^']*)' (?:must have no element \\[children\\]|is a simple type, so it must have no element).*");
    private static final Pattern NO_TEXT = Pattern.compile("Element '([^']*)' cannot have character \\[children\\].*");
    private static final Pattern ATTRIBUTE_NOT_ALLOWED = Pattern.compile(
            "Attribute '([^']*)' is not allowed to appear in element '([^']*)'\\.");
    private static final Pattern ATTRIBUTE_MISSING = Pattern.compile(
            "Attribute '([^']*)' (?:belonging to namespace '([^']*)', )?must appear on element '([^']*)'\\.");
    private static final Pattern BROKEN_ENCODING = Pattern.compile("Invalid byte \\d+ of \\d+-byte UTF-8 sequence\\.");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\{\"([^\"]*)\":([^}]*)\\}");
    private static final Pattern EXPECTED_NAME = Pattern.compile("(?:\"[^\"]*\":)?([^,\\s]+)");

    /** The schema's simple types that have a description for people (standard.xml.type.NAME). */
    private static final Set<String> DESCRIBED_TYPES =
            Set.of("Code", "Key", "StageCode", "Date", "Sha256", "Flag", "Revision", "NonBlankText");

    private final ContentChecks checks;
    private SAXParseException facet;

    ValidationErrors(ContentChecks checks) {
        this.checks = checks;
    }

    @Override
    public void warning(SAXParseException exception) {
        // nothing the schema or the parser warns about makes a file unreadable
    }

    @Override
    public void error(SAXParseException exception) throws Refusal {
        Matcher coded = CODED.matcher(String.valueOf(exception.getMessage()));
        if (facet == null && coded.matches() && isFacet(coded.group(1))) {
            facet = exception;
            return;
        }
        throw new Refusal(facet != null ? value(facet, exception) : validation(exception));
    }

    @Override
    public void fatalError(SAXParseException exception) throws Refusal {
        throw new Refusal(facet != null ? value(facet, null) : wellFormedness(exception));
    }

    /** After the parse: a facet error that no second error followed is reported on its own. */
    void finish() throws Refusal {
        if (facet != null) {
            throw new Refusal(value(facet, null));
        }
    }

    /** Quotes a value from the file in a message, cut short if it is long. */
    static String shorten(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTED_LENGTH ? oneLine : oneLine.substring(0, MAX_QUOTED_LENGTH - 1) + "…";
    }

    private static boolean isFacet(String code) {
        return code.startsWith("cvc-datatype-valid") || code.endsWith("-valid");
    }

    private static StandardXmlException wellFormedness(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        XmlMessage problem;
        if (message.contains("disallow-doctype-decl")) {
            problem = XmlMessage.of("standard.xml.doctype");
        } else if (BROKEN_ENCODING.matcher(message).matches()) {
            problem = XmlMessage.of("standard.xml.encoding");
        } else {
            problem = XmlMessage.of("standard.xml.notWellFormed", message);
        }
        return at(e, problem);
    }

    /** A wrong value: the failed facet, and the attribute or element that holds the value if that came next. */
    private static StandardXmlException value(SAXParseException facetError, SAXParseException holder) {
        String facetText = uncoded(facetError);
        Matcher enumeration = ENUMERATION.matcher(facetText);
        Matcher facetType = FACET_TYPE.matcher(facetText);
        Matcher facetValue = FACET_VALUE.matcher(facetText);
        XmlMessage allowed = enumeration.matches()
                ? XmlMessage.of("standard.xml.type.oneOf", enumeration.group(2))
                : facetType.matches() ? describe(facetType.group(1)) : null;
        String holderText = holder == null ? "" : uncoded(holder);
        Matcher attribute = ATTRIBUTE_VALUE.matcher(holderText);
        Matcher element = ELEMENT_VALUE.matcher(holderText);
        XmlMessage problem;
        if (attribute.matches()) {
            String value = shorten(attribute.group(1));
            problem = enumeration.matches()
                    ? XmlMessage.of("standard.xml.notOneOf", value, attribute.group(2), attribute.group(3), enumeration.group(2))
                    : XmlMessage.of("standard.xml.badAttribute", value, attribute.group(2), attribute.group(3),
                            describe(attribute.group(4)));
        } else if (element.matches() && allowed != null) {
            problem = XmlMessage.of("standard.xml.badText", element.group(2) != null ? element.group(2) : element.group(3),
                    allowed);
        } else if (facetValue.matches() && allowed != null) {
            problem = XmlMessage.of("standard.xml.badValue", shorten(facetValue.group(1)), allowed);
        } else {
            problem = XmlMessage.of("standard.xml.invalid", facetText);
        }
        return at(facetError, problem);
    }

    private StandardXmlException validation(SAXParseException e) {
        String text = uncoded(e);
        Matcher m;
        if ((m = ATTRIBUTE_VALUE.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.badAttribute", shorten(m.group(1)), m.group(2), m.group(3),
                    describe(m.group(4))));
        }
        if ((m = UNEXPECTED.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.unexpected", element(m.group(1)), expected(m.group(2))));
        }
        if ((m = UNEXPECTED_AT_END.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.unexpectedAtEnd", element(m.group(1))));
        }
        if ((m = INCOMPLETE.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.incomplete", m.group(1), expected(m.group(2))));
        }
        if ((m = TOO_MANY.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.tooMany", m.group(1), Integer.valueOf(m.group(2))));
        }
        if ((m = MUST_BE_EMPTY.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.mustBeEmpty", m.group(1)));
        }
        if ((m = TEXT_ONLY.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.textOnly", m.group(1)));
        }
        if ((m = NO_TEXT.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.noText", m.group(1)));
        }
        if ((m = ATTRIBUTE_NOT_ALLOWED.matcher(text)).matches()) {
            return at(e, XmlMessage.of("standard.xml.attributeNotAllowed", m.group(2), m.group(1)));
        }
        if ((m = ATTRIBUTE_MISSING.matcher(text)).matches()) {
            String name = m.group(2) == null ? m.group(1) : "xml:" + m.group(1);
            return at(e, XmlMessage.of("standard.xml.attributeMissing", m.group(3), name));
        }
        return at(e, XmlMessage.of("standard.xml.invalid", text));
    }

    /**
     * An unexpected element as the file writes it: the validator names an element of another namespace as
     * {@code {"http://www.w3.org/2001/XInclude":include}}; it is the one just started, whose name the file gives.
     */
    private String element(String name) {
        Matcher qualified = QUALIFIED_NAME.matcher(name);
        if (!qualified.matches()) {
            return name;
        }
        String started = checks.lastStarted();
        String local = qualified.group(2);
        return started.equals(local) || started.endsWith(":" + local) ? started : local;
    }

    /** {@code "urn:normative:standard:1":heading, "urn:...":body} as {@code <heading>, <body>}. */
    private static String expected(String names) {
        return Arrays.stream(names.split(",\\s*"))
                .map(String::strip)
                .map(name -> {
                    Matcher m = EXPECTED_NAME.matcher(name);
                    return "<" + (m.matches() ? m.group(1) : name) + ">";
                })
                .collect(Collectors.joining(", "));
    }

    private static XmlMessage describe(String type) {
        return DESCRIBED_TYPES.contains(type)
                ? XmlMessage.of("standard.xml.type." + type)
                : XmlMessage.of("standard.xml.type.other", type);
    }

    /** The message without its technical code ("cvc-pattern-valid: "). */
    private static String uncoded(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        Matcher coded = CODED.matcher(message);
        return coded.matches() ? coded.group(2) : message;
    }

    private static StandardXmlException at(SAXParseException e, XmlMessage problem) {
        return new StandardXmlException(e, problem, e.getLineNumber(), e.getColumnNumber());
    }
}
