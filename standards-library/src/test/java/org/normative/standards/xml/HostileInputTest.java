package org.normative.standards.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.normative.standards.xml.TestFiles.allMessages;
import static org.normative.standards.xml.TestFiles.refusal;
import static org.normative.standards.xml.TestFiles.withEdition;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.normative.standards.library.StandardDocument;

/**
 * Files made to attack the reader: entities, DTDs, XInclude, schema locations, size and depth. Each is refused
 * with a {@link StandardXmlException} and a message for people, fast, and without touching anything outside the
 * file.
 */
@Timeout(30)
class HostileInputTest {

    private static final String SECRET = "the-secret-is-7f3a9c";

    @TempDir
    Path temp;

    @Test
    void externalEntityIsRefusedWithoutReadingTheFileItNames() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE standard [<!ENTITY xxe SYSTEM "%s">]>
                <standard xmlns="urn:normative:standard:1" code="&xxe;">
                  <title xml:lang="en">&xxe;</title>
                </standard>
                """.formatted(secret.toUri());

        StandardXmlException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("standard.xml.doctype");
        assertThat(refused.getMessage()).isEqualTo("line 2, column 10: the file declares a DOCTYPE; Normative standard "
                + "files never do, so it is refused (this protects against XML entity attacks).");
        assertThat(allMessages(refused)).doesNotContain(SECRET);
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            entities.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE standard [" + entities + "]>\n"
                + "<standard xmlns=\"urn:normative:standard:1\" code=\"&lol9;\"/>";

        long start = System.nanoTime();
        StandardXmlException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("standard.xml.doctype");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void doctypeWithAnInternalSubsetAndNoEntitiesIsRefusedToo() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE standard [<!ELEMENT standard ANY>]>\n" + withEdition("")
                .substring(withEdition("").indexOf('\n') + 1);

        StandardXmlException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("standard.xml.doctype");
        assertThat(refused.getMessage()).startsWith("line 2, column 10: the file declares a DOCTYPE");
    }

    @Test
    void externalDtdIsRefusedWithoutConnecting() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE standard SYSTEM \"http://127.0.0.1:" + listener.getLocalPort()
                    + "/evil.dtd\">\n<standard xmlns=\"urn:normative:standard:1\" code=\"X\"/>";

            assertThat(refusal(xml).messageKey()).isEqualTo("standard.xml.doctype");
            assertNobodyConnected(listener);
        }
    }

    @Test
    void schemaLocationInTheFileIsNeverFetched() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String xml = withEdition("").replace("<standard xmlns=\"urn:normative:standard:1\"",
                    "<standard xmlns=\"urn:normative:standard:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                            + " xsi:schemaLocation=\"urn:normative:standard:1 http://127.0.0.1:" + listener.getLocalPort()
                            + "/evil.xsd\"");

            StandardDocument read = new StandardXmlReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

            assertThat(read.standard().code()).isEqualTo("DG/T 9999");
            assertNobodyConnected(listener);
        }
    }

    @Test
    void xincludeIsNotProcessed() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        String xml = withEdition("""
                    <clause key="a" xmlns:xi="http://www.w3.org/2001/XInclude">
                      <xi:include href="%s" parse="text"/>
                    </clause>
                """.formatted(secret.toUri()));

        StandardXmlException refused = refusal(xml);

        assertThat(refused.getMessage()).startsWith("line 9, column ")
                .endsWith(": <xi:include> is not allowed here; expected one of <heading>, <body>, <clause>.");
        assertThat(allMessages(refused)).doesNotContain(SECRET);
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeItIsParsed() throws IOException {
        Path huge = temp.resolve("huge.xml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge))) {
            out.write(withEdition("    <clause key=\"a\"><body>").replace("  </edition>\n</standard>\n", "")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "数据共享 data sharing ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 70L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("</body></clause></edition></standard>\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(huge)).isGreaterThan(70L * 1024 * 1024);

        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> new StandardXmlReader().read(huge));

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
        assertThat(thrown).isExactlyInstanceOf(StandardXmlException.class)
                .hasMessage("The file is larger than 64 MB, the most Normative reads as a standard file, so it is refused.");
        assertThat(((StandardXmlException) thrown).userMessage(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("该文件大于 64 MB，超过了 Normative 读取标准文件的上限，因此被拒绝。");
    }

    @Test
    void streamOverTheSizeLimitIsRefusedAfterReadingOnlyUpToTheLimit() {
        EndlessInput endless = new EndlessInput("<standard xmlns=\"urn:normative:standard:1\">");

        Throwable thrown = catchThrowable(() -> new StandardXmlReader(1024 * 1024).read(endless));

        assertThat(thrown).isExactlyInstanceOf(StandardXmlException.class);
        assertThat(((StandardXmlException) thrown).messageKey()).isEqualTo("standard.xml.tooLarge");
        assertThat(endless.served).isEqualTo(1024 * 1024 + 1);
    }

    @Test
    void clausesNestedAThousandDeepAreRefused() {
        String xml = withEdition(IntStream.range(0, 1000).mapToObj(i -> "<clause key=\"c" + i + "\">")
                .collect(Collectors.joining()) + "</clause>".repeat(1000));

        StandardXmlException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("standard.xml.clausesTooDeep");
        assertThat(refused.getMessage()).isEqualTo("line 8, column 225: clauses are nested more than 12 levels deep "
                + "here; Normative reads at most 12 levels of clauses, so the file is refused.");
    }

    @Test
    void twelveLevelsOfClausesAreReadAndThirteenAreNot() throws Exception {
        StringBuilder twelve = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            twelve.append("<clause key=\"c").append(i).append("\">");
        }
        twelve.append("</clause>".repeat(12));

        StandardDocument read = new StandardXmlReader().read(
                new ByteArrayInputStream(withEdition(twelve.toString()).getBytes(StandardCharsets.UTF_8)));
        String thirteen = twelve.toString().replace("<clause key=\"c12\">", "<clause key=\"c12\"><clause key=\"c13\">")
                + "</clause>";

        assertThat(read.editions().get(0).content().clause("c12").orElseThrow().number())
                .isEqualTo("1.1.1.1.1.1.1.1.1.1.1.1");
        assertThat(refusal(withEdition(thirteen)).messageKey()).isEqualTo("standard.xml.clausesTooDeep");
    }

    @Test
    void deeplyNestedForeignElementsAreRefusedByDepth() {
        String xml = withEdition("<x:a xmlns:x=\"urn:x\">".repeat(10_000) + "</x:a>".repeat(10_000));

        StandardXmlException refused = refusal(xml);

        assertThat(refused.messageKey()).isIn("standard.xml.elementsTooDeep", "standard.xml.unexpected");
    }

    @Test
    void pngIsNotXml() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

        StandardXmlException refused = refusal(png);

        assertThat(refused.getMessage()).isEqualTo("The file is not XML, so it is not a Normative standard file.");
        assertThat(refused.userMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("该文件不是 XML 文件，因此不是 Normative 标准文件。");
    }

    @Test
    void emptyFileIsNotAStandardFile() {
        assertThat(refusal(new byte[0]).messageKey()).isEqualTo("standard.xml.empty");
        assertThat(refusal(" \n\t ").messageKey()).isEqualTo("standard.xml.empty");
    }

    @Test
    void brokenUtf8IsRefusedWhereItIs() {
        byte[] valid = withEdition("").getBytes(StandardCharsets.UTF_8);
        String text = new String(valid, StandardCharsets.UTF_8);
        int at = text.indexOf("Test standard");
        byte[] broken = valid.clone();
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;

        StandardXmlException refused = refusal(broken);

        assertThat(refused.messageKey()).isEqualTo("standard.xml.encoding");
        assertThat(refused.getMessage()).startsWith("line 3, column ")
                .endsWith("the bytes here are not valid UTF-8 text; the file is damaged or is not a text file.");
    }

    @Test
    void undeclaredEntityIsNotWellFormed() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"a\"><body>&xxe;</body></clause>"));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.notWellFormed");
        assertThat(refused.getMessage()).startsWith("line 8, column 28: the file is not well-formed XML: ")
                .contains("xxe");
    }

    @Test
    void longTitleIsRefusedBeforeTheSchemaLooksAtIt() {
        // the JDK's schema patterns take quadratic time: five million blanks would keep the validator busy for hours
        StandardXmlException refused = refusal(withEdition("").replace("Test standard", " ".repeat(5_000_000)));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.textTooLong");
        assertThat(refused.getMessage()).startsWith("line 3, column ")
                .endsWith("the text of <title> is longer than 2000 characters; Normative allows at most 2000 here.");
    }

    @Test
    void longAttributeValueIsRefusedBeforeTheSchemaLooksAtIt() {
        StandardXmlException refused = refusal(withEdition("<clause key=\"" + "k".repeat(5_000_000) + "\"/>"));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.attributeTooLong");
        assertThat(refused.getMessage()).startsWith("line 8, column ")
                .endsWith("the attribute 'key' on <clause> is longer than 1000 characters; no Normative standard file has "
                        + "values that long, so it is refused.");
    }

    @Test
    void manyKeysAreCheckedInLinearTime() throws Exception {
        // the JDK's validator checks xs:key in quadratic time (80,000 keys: half a minute, 50,000 clause keys and as
        // many requirement ids and clause references: well over a minute); the reader takes a few seconds at most
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            content.append("<clause key=\"k").append(i).append("\"/>\n");
        }
        content.append("<requirements>\n");
        for (int i = 0; i < 50_000; i++) {
            content.append("<requirement id=\"r").append(i).append("\" clause=\"k").append(i)
                    .append("\" obligation=\"SHALL\" revision=\"1\">x</requirement>\n");
        }
        String xml = withEdition(content + "</requirements>");

        long start = System.nanoTime();
        StandardDocument read = new StandardXmlReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
        assertThat(read.editions().get(0).content().requirements()).hasSize(50_000);
        assertThat(refusal(xml.replace("<clause key=\"k49999\"/>", "<clause key=\"k5\"/>")).getMessage())
                .startsWith("line 50007, column 19: the clause key 'k5' is used more than once in this edition");
    }

    @Test
    void tooManyElementsAreRefused() {
        String many = IntStream.range(0, 130_000)
                .mapToObj(i -> "<clause key=\"k" + i + "\"><body/></clause>")
                .collect(Collectors.joining());

        StandardXmlException refused = refusal(withEdition(many));

        assertThat(refused.messageKey()).isEqualTo("standard.xml.tooManyElements");
        assertThat(refused.getMessage()).endsWith("the file holds more than 250000 elements; no Normative standard file "
                + "is that large, so it is refused.");
    }

    private static void assertNobodyConnected(ServerSocket listener) throws IOException {
        listener.setSoTimeout(200);
        assertThat(catchThrowable(listener::accept)).isInstanceOf(SocketTimeoutException.class);
    }

    /** A stream that never ends, counting what it serves. */
    private static final class EndlessInput extends InputStream {
        private final byte[] start;
        long served;

        EndlessInput(String start) {
            this.start = start.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            int b = served < start.length ? start[(int) served] : ' ';
            served++;
            return b;
        }
    }
}
