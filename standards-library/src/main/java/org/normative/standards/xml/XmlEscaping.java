package org.normative.standards.xml;

import java.io.IOException;
import java.io.Writer;

import org.glassfish.jaxb.core.marshaller.CharacterEscapeHandler;

/**
 * How the writer escapes text: the markup characters, and carriage returns and (in attributes) tabs and line feeds
 * as character references so that a reader gets back exactly what was written (a parser would otherwise turn them
 * into line feeds and spaces). Everything else, Chinese included, is written as it is. A character that XML 1.0
 * cannot hold at all is refused rather than written into a file no parser accepts.
 */
final class XmlEscaping implements CharacterEscapeHandler {

    /** A character no XML 1.0 document can contain, not even as a character reference. */
    static final class UnwritableCharacter extends IOException {
        private static final long serialVersionUID = 1L;

        private final int codePoint;
        private final String before;

        UnwritableCharacter(int codePoint, String before) {
            super(String.format("U+%04X", codePoint));
            this.codePoint = codePoint;
            this.before = before;
        }

        String codePoint() {
            return String.format("U+%04X", codePoint);
        }

        /** The text just before the character, so that people can find it. */
        String before() {
            return before;
        }
    }

    private static final int CONTEXT = 30;

    @Override
    public void escape(char[] text, int start, int length, boolean isAttribute, Writer out) throws IOException {
        int end = start + length;
        for (int i = start; i < end; i++) {
            char c = text[i];
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '\r' -> out.write("&#13;");
                case '"' -> out.write(isAttribute ? "&quot;" : "\"");
                case '\t' -> out.write(isAttribute ? "&#9;" : "\t");
                case '\n' -> out.write(isAttribute ? "&#10;" : "\n");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                        out.write(c);
                        out.write(text[++i]);
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        int from = Math.max(start, i - CONTEXT);
                        if (from < i && Character.isLowSurrogate(text[from])) {
                            from++;
                        }
                        throw new UnwritableCharacter(c, new String(text, from, i - from));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
    }
}
