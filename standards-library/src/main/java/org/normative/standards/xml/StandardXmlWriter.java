package org.normative.standards.xml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.normative.standards.library.StandardDocument;

/**
 * Writes a {@link StandardDocument} as a Normative standard file ({@code urn:normative:standard:1}): UTF-8, indented
 * by two spaces, {@code xml:lang} on every title and name, Chinese written as it is. The output is deterministic:
 * the same document always gives the same bytes, so files can be compared and kept under version control.
 *
 * <p>What it writes is checked against the schema before a byte reaches the stream, so every file it writes is one
 * that {@link StandardXmlReader} reads back to an equal document; a document the format cannot hold (a key with a
 * space, two clauses with one key, a control character in a text, clauses nested too deep) is refused with a
 * {@link StandardXmlException} and nothing is written. Instances hold no state and may be shared between threads.
 */
public final class StandardXmlWriter {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String INDENT = "  ";

    /**
     * Writes the document to the stream, which it does not close.
     *
     * @throws IllegalArgumentException if the document contradicts itself (its standard names another committee,
     *                                  framework node or list of editions than the document holds): a programming
     *                                  error, not a problem of the content
     */
    public void write(StandardDocument document, OutputStream out) throws StandardXmlException {
        String code = document.standard().code();
        byte[] bytes = marshal(document, code);
        try {
            StandardXmlReader.validate(bytes);
        } catch (StandardXmlException e) {
            throw new StandardXmlException(e, XmlMessage.of("standard.xml.cannotWrite", code, e.problem()));
        }
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new StandardXmlException(e, XmlMessage.of("standard.xml.writeFailed", code,
                    e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
    }

    private static byte[] marshal(StandardDocument document, String code) throws StandardXmlException {
        XmlStandard xml = StandardXmlMapping.toXml(document);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            Marshaller marshaller = StandardXmlFormat.context().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true); // our own declaration, without standalone="yes"
            marshaller.setProperty("org.glassfish.jaxb.indentString", INDENT);
            marshaller.setProperty("org.glassfish.jaxb.characterEscapeHandler", new XmlEscaping());
            marshaller.marshal(xml, body);
        } catch (JAXBException e) {
            throw unwritable(e, code);
        }
        // JAXB starts a formatted fragment with a line break; the file starts with the declaration and ends with one
        String element = body.toString(StandardCharsets.UTF_8).strip();
        return (DECLARATION + element + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static StandardXmlException unwritable(JAXBException e, String code) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XmlEscaping.UnwritableCharacter character) {
                return new StandardXmlException(e, XmlMessage.of("standard.xml.cannotWrite", code,
                        XmlMessage.of("standard.xml.character", character.codePoint(),
                                ValidationErrors.shorten(character.before()))));
            }
        }
        return new StandardXmlException(e, XmlMessage.of("standard.xml.cannotWrite", code,
                XmlMessage.of("standard.xml.invalid", String.valueOf(e.getMessage()))));
    }
}
