package org.normative.standards.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.normative.standards.library.StandardDocument;

/** Small standard files for the tests of broken and hostile input, and how such a file is refused. */
final class TestFiles {

    private TestFiles() {
    }

    /** A valid file whose only edition holds the given content; its edition element starts on line 7. */
    static String withEdition(String content) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <standard xmlns="urn:normative:standard:1" code="DG/T 9999">
                  <title xml:lang="en">Test standard</title>
                  <committee code="TC-TEST">
                    <name xml:lang="en">Test committee</name>
                  </committee>
                  <edition label="1" stage="20.00">
                """ + content + """
                  </edition>
                </standard>
                """;
    }

    static StandardDocument read(String xml) throws StandardXmlException {
        return new StandardXmlReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads the file, expects it to be refused with nothing but a {@link StandardXmlException}, and returns that. */
    static StandardXmlException refusal(String xml) {
        return refusal(xml.getBytes(StandardCharsets.UTF_8));
    }

    static StandardXmlException refusal(byte[] bytes) {
        Throwable thrown = catchThrowable(() -> new StandardXmlReader().read(new ByteArrayInputStream(bytes)));
        assertThat(thrown).isExactlyInstanceOf(StandardXmlException.class);
        return (StandardXmlException) thrown;
    }

    /** Every message in the chain of causes, so a test can check that none of them gives something away. */
    static String allMessages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return all.toString();
    }
}
