package org.normative.conformance.input.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The hostile documents of DESIGN.md ("Untrusted input"), each with words its message must contain. Those that
 * would reach the network name a local port that the test listens on, so that a connection cannot go unnoticed.
 */
public record HostileXml(String label, String fileName, byte[] content, String expectedWords) {

    @Override
    public String toString() {
        return label;
    }

    public static List<HostileXml> all(int listeningPort) {
        String local = "http://127.0.0.1:" + listeningPort;
        List<HostileXml> cases = new ArrayList<>();
        cases.add(text("XXE reading a file", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>",
                "declares a DTD (DOCTYPE) at line 2"));
        cases.add(text("XXE over the network", "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + local + "/x\">]><r>&x;</r>",
                "declares a DTD (DOCTYPE) at line 1"));
        cases.add(text("external DTD", "<!DOCTYPE r SYSTEM \"" + local + "/r.dtd\"><r/>", "declares a DTD (DOCTYPE)"));
        cases.add(text("external parameter entity",
                "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + local + "/p.dtd\"> %p;]><r/>", "declares a DTD (DOCTYPE)"));
        cases.add(text("billion laughs", billionLaughs(), "declares a DTD (DOCTYPE)"));
        cases.add(text("200,000-deep nesting", "<a>".repeat(200_000) + "</a>".repeat(200_000),
                "nested more than 1000 levels deep at line 1"));
        cases.add(text("truncated", "<?xml version=\"1.0\"?>\n<order>\n  <line><item>pen</item>",
                "is not well-formed XML at line 3"));
        cases.add(new HostileXml("garbage bytes", "garbage.xml", garbage(), "not"));
        byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n<b>caf".getBytes(StandardCharsets.US_ASCII);
        byte[] broken = new byte[head.length + 2 + 8];
        System.arraycopy(head, 0, broken, 0, head.length);
        broken[head.length] = (byte) 0xC3;
        broken[head.length + 1] = (byte) 0x28; // not a continuation byte
        System.arraycopy("</b></a>".getBytes(StandardCharsets.US_ASCII), 0, broken, head.length + 2, 8);
        cases.add(new HostileXml("broken UTF-8", "broken.xml", broken, "at line 3, column 7 are not valid in the document's encoding"));
        cases.add(new HostileXml("empty file", "empty.xml", new byte[0], "is empty"));
        cases.add(new HostileXml("PDF named .xml", "invoice.xml",
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1),
                "is not XML: its content is PDF"));
        return cases;
    }

    private static HostileXml text(String label, String content, String expectedWords) {
        return new HostileXml(label, label.replaceAll("\\W+", "-") + ".xml", content.getBytes(StandardCharsets.UTF_8), expectedWords);
    }

    private static String billionLaughs() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            doc.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        return doc.append("]>\n<lolz>&lol9;</lolz>").toString();
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(20260101L).nextBytes(bytes);
        bytes[0] = 0x13; // never '<', so it cannot start like XML
        return bytes;
    }
}
